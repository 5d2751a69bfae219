import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FacetIndex } from '@/components/facet-index';
import { FacetPage } from '@/components/facet-page';
import { getAtlas } from '@/lib/content/atlas';
import { facetsOf, movementBySlug } from '@/lib/content/facets';
import { ACTIONS_URL } from '@/lib/content/urls';
import { listMetadata, namesPreview } from '@/lib/facet-metadata';

// One route for /actions/ and /actions/<movement>/: an atlas whose pages name no movement still has
// the list page, and a static export needs at least one page per route.
type Params = { action?: string[] };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return [{ action: [] }, ...facetsOf(getAtlas()).movements.map((facet) => ({ action: [facet.slug] }))];
}

function movementFor(segments: readonly string[]) {
  const atlas = getAtlas();
  if (segments.length !== 1) notFound();
  const facet = movementBySlug(atlas, segments[0] ?? '');
  if (!facet) notFound();
  return { atlas, facet };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { action = [] } = await params;
  if (action.length === 0) {
    return listMetadata(ACTIONS_URL, 'Muscles by movement', 'Every movement the muscles of the atlas produce, each with the list of muscles that produce it.');
  }
  const { facet } = movementFor(action);
  return listMetadata(facet.url, `${facet.name}: the muscles that produce it`, `Every muscle that produces ${facet.name.toLowerCase()}: ${namesPreview(facet)}.`);
}

export default async function ActionsPage({ params }: { params: Promise<Params> }) {
  const { action = [] } = await params;
  if (action.length === 0) {
    return (
      <FacetIndex
        title="Muscles by movement"
        lede="Pick a movement to see every muscle that produces it, region by region: all the plantarflexors of the ankle, all the medial rotators of the shoulder, on one page."
        empty="No page of this atlas names the movements of its muscles yet."
        facets={facetsOf(getAtlas()).movements}
      />
    );
  }
  const { atlas, facet } = movementFor(action);
  return <FacetPage atlas={atlas} facet={facet} list={{ name: 'Movements', url: ACTIONS_URL }} lede="The muscles that produce it" />;
}
