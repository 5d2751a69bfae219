import type { Metadata } from 'next';
import { AtlasIndex } from '@/components/atlas-index';
import { AtlasPage } from '@/components/atlas-page';
import { pageForRoute } from '@/lib/atlas-route';
import { pageMetadata } from '@/lib/metadata';

export function generateMetadata(): Metadata {
  return pageMetadata(pageForRoute([]).page);
}

export default function RootPage() {
  const shown = pageForRoute([]);
  return <AtlasPage {...shown} index={<AtlasIndex atlas={shown.atlas} />} />;
}
