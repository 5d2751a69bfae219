import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FacetPage } from '@/components/facet-page';
import { getAtlas } from '@/lib/content/atlas';
import { facetsOf, movementBySlug } from '@/lib/content/facets';
import { ACTIONS_URL } from '@/lib/content/urls';
import { facetMetadata, namesPreview } from '@/lib/facet-metadata';

type Params = { action: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return facetsOf(getAtlas()).movements.map((facet) => ({ action: facet.slug }));
}

function facetFor(slug: string) {
  const atlas = getAtlas();
  const facet = movementBySlug(atlas, slug);
  if (!facet) notFound();
  return { atlas, facet };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { facet } = facetFor((await params).action);
  return facetMetadata(facet, `${facet.name}: the muscles that produce it`, `Every muscle that produces ${facet.name.toLowerCase()}: ${namesPreview(facet)}.`);
}

export default async function ActionPage({ params }: { params: Promise<Params> }) {
  const { atlas, facet } = facetFor((await params).action);
  return <FacetPage atlas={atlas} facet={facet} list={{ name: 'Movements', url: ACTIONS_URL }} lede="The muscles that produce it" />;
}
