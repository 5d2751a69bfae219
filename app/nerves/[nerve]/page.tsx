import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FacetPage } from '@/components/facet-page';
import { getAtlas } from '@/lib/content/atlas';
import { facetsOf, nerveBySlug } from '@/lib/content/facets';
import { NERVES_URL } from '@/lib/content/urls';
import { facetMetadata, namesPreview } from '@/lib/facet-metadata';

type Params = { nerve: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return facetsOf(getAtlas()).nerves.map((facet) => ({ nerve: facet.slug }));
}

function facetFor(slug: string) {
  const atlas = getAtlas();
  const facet = nerveBySlug(atlas, slug);
  if (!facet) notFound();
  return { atlas, facet };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { facet } = facetFor((await params).nerve);
  return facetMetadata(facet, `${facet.name}: the muscles it supplies`, `Every muscle the ${facet.name.toLowerCase()} supplies: ${namesPreview(facet)}.`);
}

export default async function NervePage({ params }: { params: Promise<Params> }) {
  const { atlas, facet } = facetFor((await params).nerve);
  return <FacetPage atlas={atlas} facet={facet} list={{ name: 'Nerves', url: NERVES_URL }} lede="The muscles it supplies" />;
}
