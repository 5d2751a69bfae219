import type { Metadata } from 'next';
import { AtlasPage } from '@/components/atlas-page';
import { Gallery } from '@/components/gallery';
import { HeroBlock } from '@/components/hero-block';
import { pageForRoute } from '@/lib/atlas-route';
import { getAtlas } from '@/lib/atlas';
import { routeSegments } from '@/lib/content/atlas';
import { pageMetadata } from '@/lib/metadata';

type Params = { region: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return routeSegments(getAtlas(), 1).map(([region = '']) => ({ region }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { region } = await params;
  return pageMetadata(pageForRoute([region]).page);
}

export default async function RegionPage({ params }: { params: Promise<Params> }) {
  const { region } = await params;
  const shown = pageForRoute([region]);
  const { page } = shown;
  return <AtlasPage {...shown} hero={page.hero ? <HeroBlock page={page} /> : null} gallery={page.gallery.length > 0 ? <Gallery pictures={page.gallery} title={page.name} /> : null} />;
}
