import type { Metadata } from 'next';
import { FacetView } from '@/components/facet-view';
import { ACTIONS_URL } from '@/lib/content/urls';
import { namesPreview } from '@/lib/facet-metadata';
import { facetForRoute, facetRouteMetadata, facetRouteSegments, type FacetWords } from '@/lib/facet-route';

// /actions/ and /actions/<movement>/.
type Params = { action?: string[] };

const WORDS: FacetWords = {
  kind: 'movements',
  listUrl: ACTIONS_URL,
  listName: 'Movements',
  listTitle: 'Muscles by movement',
  listDescription: 'Every movement the muscles of the atlas produce, each with the list of muscles that produce it.',
  listLede:
    'Pick a movement to see every muscle that produces it, region by region: all the plantarflexors of the ankle, all the medial rotators of the shoulder, on one page.',
  listEmpty: 'No page of this atlas names the movements of its muscles yet.',
  facetTitle: (facet) => `${facet.name}: the muscles that produce it`,
  facetDescription: (facet) => `Every muscle that produces ${facet.name.toLowerCase()}: ${namesPreview(facet)}.`,
  facetLede: 'The muscles that produce it',
};

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return facetRouteSegments(WORDS.kind).map((action) => ({ action }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return facetRouteMetadata(facetForRoute(WORDS, (await params).action ?? []));
}

export default async function ActionsPage({ params }: { params: Promise<Params> }) {
  return <FacetView shown={facetForRoute(WORDS, (await params).action ?? [])} />;
}
