import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FacetIndex } from '@/components/facet-index';
import { FacetPage } from '@/components/facet-page';
import { getAtlas } from '@/lib/content/atlas';
import { facetsOf, nerveBySlug } from '@/lib/content/facets';
import { NERVES_URL } from '@/lib/content/urls';
import { listMetadata, namesPreview } from '@/lib/facet-metadata';

// One route for /nerves/ and /nerves/<nerve>/: an atlas whose pages name no nerve still has the
// list page, and a static export needs at least one page per route.
type Params = { nerve?: string[] };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return [{ nerve: [] }, ...facetsOf(getAtlas()).nerves.map((facet) => ({ nerve: [facet.slug] }))];
}

function nerveFor(segments: readonly string[]) {
  const atlas = getAtlas();
  if (segments.length !== 1) notFound();
  const facet = nerveBySlug(atlas, segments[0] ?? '');
  if (!facet) notFound();
  return { atlas, facet };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { nerve = [] } = await params;
  if (nerve.length === 0) {
    return listMetadata(NERVES_URL, 'Muscles by nerve', 'Every nerve that supplies a muscle of the atlas, each with the list of muscles it supplies.');
  }
  const { facet } = nerveFor(nerve);
  return listMetadata(facet.url, `${facet.name}: the muscles it supplies`, `Every muscle the ${facet.name.toLowerCase()} supplies: ${namesPreview(facet)}.`);
}

export default async function NervesPage({ params }: { params: Promise<Params> }) {
  const { nerve = [] } = await params;
  if (nerve.length === 0) {
    return (
      <FacetIndex
        title="Muscles by nerve"
        lede="Pick a nerve to see every muscle it supplies, region by region, with the spinal roots of each. Useful when a question starts from the nerve: what does the tibial nerve supply, what fails when the radial nerve is cut?"
        empty="No page of this atlas names the nerves of its muscles yet."
        facets={facetsOf(getAtlas()).nerves}
      />
    );
  }
  const { atlas, facet } = nerveFor(nerve);
  return <FacetPage atlas={atlas} facet={facet} list={{ name: 'Nerves', url: NERVES_URL }} lede="The muscles it supplies" />;
}
