import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FacetIndex } from '@/components/facet-index';
import { FacetPage } from '@/components/facet-page';
import { getAtlas } from './atlas';
import { facetBySlug, facetsOf, type Facet, type Facets } from './content/facets';
import { listMetadata } from './facet-metadata';

/** The words of one kind of list: all nerves and one nerve, or all movements and one movement. */
export interface FacetRouteText {
  readonly kind: keyof Facets;
  /** The list's address and its name in breadcrumbs: `/nerves/`, `Nerves`. */
  readonly listUrl: string;
  readonly listName: string;
  readonly listTitle: string;
  readonly listDescription: string;
  readonly listLede: string;
  readonly listEmpty: string;
  /** The page of one nerve or movement: its title, description and the line under its heading. */
  readonly facetTitle: (facet: Facet) => string;
  readonly facetDescription: (facet: Facet) => string;
  readonly facetLede: string;
}

/**
 * What a `[[...segments]]` route of lists serves: the list at no segment, one nerve or movement at
 * one segment (its slug), and nothing else. An atlas whose pages name none still has the list page,
 * and a static export needs at least one page per route.
 */
export function facetRoute(text: FacetRouteText) {
  const facetFor = (segments: readonly string[]): Facet => {
    const facet = segments.length === 1 ? facetBySlug(getAtlas(), text.kind, segments[0] ?? '') : undefined;
    if (!facet) notFound();
    return facet;
  };
  return {
    segments(): string[][] {
      return [[], ...facetsOf(getAtlas())[text.kind].map((facet) => [facet.slug])];
    },
    metadata(segments: readonly string[]): Metadata {
      if (segments.length === 0) return listMetadata(text.listUrl, text.listTitle, text.listDescription);
      const facet = facetFor(segments);
      return listMetadata(facet.url, text.facetTitle(facet), text.facetDescription(facet));
    },
    page(segments: readonly string[]) {
      if (segments.length === 0) {
        return <FacetIndex title={text.listTitle} lede={text.listLede} empty={text.listEmpty} facets={facetsOf(getAtlas())[text.kind]} />;
      }
      return <FacetPage atlas={getAtlas()} facet={facetFor(segments)} list={{ name: text.listName, url: text.listUrl }} lede={text.facetLede} />;
    },
  };
}
