import type { Metadata } from 'next';
import { FacetView } from '@/components/facet-view';
import { NERVES_URL } from '@/lib/content/urls';
import { namesPreview } from '@/lib/facet-metadata';
import { facetForRoute, facetRouteMetadata, facetRouteSegments, type FacetWords } from '@/lib/facet-route';

// /nerves/ and /nerves/<nerve>/.
type Params = { nerve?: string[] };

const WORDS: FacetWords = {
  kind: 'nerves',
  listUrl: NERVES_URL,
  listName: 'Nerves',
  listTitle: 'Muscles by nerve',
  listDescription: 'Every nerve that supplies a muscle of the atlas, each with the list of muscles it supplies.',
  listLede:
    'Pick a nerve to see every muscle it supplies, region by region, with the spinal roots of each. Useful when a question starts from the nerve: what does the tibial nerve supply, what fails when the radial nerve is cut?',
  listEmpty: 'No page of this atlas names the nerves of its muscles yet.',
  facetTitle: (facet) => `${facet.name}: the muscles it supplies`,
  facetDescription: (facet) => `Every muscle the ${facet.name.toLowerCase()} supplies: ${namesPreview(facet)}.`,
  facetLede: 'The muscles it supplies',
};

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return facetRouteSegments(WORDS.kind).map((nerve) => ({ nerve }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return facetRouteMetadata(facetForRoute(WORDS, (await params).nerve ?? []));
}

export default async function NervesPage({ params }: { params: Promise<Params> }) {
  return <FacetView shown={facetForRoute(WORDS, (await params).nerve ?? [])} />;
}
