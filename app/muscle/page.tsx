import type { Metadata } from 'next';
import { AtlasPage } from '@/components/atlas-page';
import { pageForRoute } from '@/lib/atlas-route';
import { pageMetadata } from '@/lib/metadata';

export function generateMetadata(): Metadata {
  return pageMetadata(pageForRoute([]).page);
}

export default function RootPage() {
  return <AtlasPage {...pageForRoute([])} />;
}
