import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAtlas } from './atlas';
import { facetBySlug, facetsOf, type Facet, type Facets } from './content/facets';
import type { Atlas } from './content/types';
import { listMetadata } from './facet-metadata';

/** The words of one kind of list: all nerves and one nerve, or all movements and one movement. */
export interface FacetWords {
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

/** What a list route shows: the whole list, or one nerve or movement. */
export type FacetShown = { atlas: Atlas; words: FacetWords; facets: readonly Facet[]; facet: Facet | null };

/**
 * What a `[[...segments]]` list route shows: the list at no segment, one nerve or movement at one
 * segment (its slug), the not-found page for anything else. An atlas whose pages name none still
 * has the list page, and a static export needs at least one page per route.
 */
export function facetForRoute(words: FacetWords, segments: readonly string[]): FacetShown {
  const atlas = getAtlas();
  const facets = facetsOf(atlas)[words.kind];
  if (segments.length === 0) return { atlas, words, facets, facet: null };
  const facet = segments.length === 1 ? facetBySlug(atlas, words.kind, segments[0] ?? '') : undefined;
  if (!facet) notFound();
  return { atlas, words, facets, facet };
}

/** Every address of a list route: the list, then each nerve or movement by its slug. */
export function facetRouteSegments(kind: keyof Facets): string[][] {
  return [[], ...facetsOf(getAtlas())[kind].map((facet) => [facet.slug])];
}

export function facetRouteMetadata({ words, facet }: FacetShown): Metadata {
  if (!facet) return listMetadata(words.listUrl, words.listTitle, words.listDescription);
  return listMetadata(facet.url, words.facetTitle(facet), words.facetDescription(facet));
}
