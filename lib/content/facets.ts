import { pagesInOrder } from './navigation';
import type { Atlas, Page } from './types';
import { actionUrl, nerveUrl, slugify } from './urls';

/** A muscle in a nerve's or a movement's list, with those of its parts that share the fact. */
export type FacetEntry = { page: Page; parts: Page[] };

/**
 * A nerve or a movement, with every muscle and part that names it in `nerves` or `movements`.
 * Pages appear once, at their canonical URL: `same_as` mirrors are left out.
 */
export type Facet = {
  name: string;
  slug: string;
  url: string;
  /** Muscles in tree order; a part sits under its muscle when the muscle names the fact too. */
  entries: FacetEntry[];
  /** Every page that names the fact, parts included, in tree order. */
  pages: Page[];
};

export type Facets = { nerves: Facet[]; movements: Facet[] };

function collect(atlas: Atlas, key: 'nerves' | 'movements', urlOf: (name: string) => string): Facet[] {
  const byslug = new Map<string, { name: string; pages: Page[] }>();
  for (const page of pagesInOrder(atlas)) {
    if (page.sameAs !== undefined) continue;
    for (const name of page[key]) {
      const slug = slugify(name);
      const facet = byslug.get(slug) ?? { name, pages: [] };
      if (!facet.pages.includes(page)) facet.pages.push(page);
      byslug.set(slug, facet);
    }
  }
  const facets = [...byslug].map(([slug, { name, pages }]): Facet => {
    const listed = new Set(pages.map((page) => page.url));
    const entries: FacetEntry[] = [];
    const entryOf = new Map<string, FacetEntry>();
    for (const page of pages) {
      const parent = page.kind === 'part' && page.parent !== null && listed.has(page.parent) ? entryOf.get(page.parent) : undefined;
      if (parent) {
        parent.parts.push(page);
        continue;
      }
      const entry = { page, parts: [] };
      entries.push(entry);
      entryOf.set(page.url, entry);
    }
    return { name, slug, url: urlOf(name), entries, pages };
  });
  return facets.sort((a, b) => a.name.localeCompare(b.name));
}

const cached = new WeakMap<Atlas, Facets>();

/** Every nerve and every movement the atlas names, alphabetically, each with its muscles. */
export function facetsOf(atlas: Atlas): Facets {
  let facets = cached.get(atlas);
  if (!facets) {
    facets = { nerves: collect(atlas, 'nerves', nerveUrl), movements: collect(atlas, 'movements', actionUrl) };
    cached.set(atlas, facets);
  }
  return facets;
}

/** One nerve or one movement by the slug of its address. */
export function facetBySlug(atlas: Atlas, kind: keyof Facets, slug: string): Facet | undefined {
  return facetsOf(atlas)[kind].find((facet) => facet.slug === slug);
}

/** How a facet's size reads: `14 muscles`, `1 muscle`. */
export function countLabel(count: number, noun = 'muscle'): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * For a muscle or part: each of its nerves with the other muscles that nerve supplies, and each of
 * its movements with the other muscles that produce it. The page itself, the muscle a part belongs
 * to and the parts of a muscle are not "other" muscles.
 */
export function relatedByFacts(atlas: Atlas, page: Page): { nerves: { facet: Facet; others: Page[] }[]; movements: { facet: Facet; others: Page[] }[] } {
  const shown = atlas.pages.get(page.canonical) ?? page;
  const own = new Set([shown.url, ...(shown.kind === 'part' && shown.parent !== null ? [shown.parent] : [])]);
  const isOther = (other: Page) => !own.has(other.url) && !(other.kind === 'part' && other.parent !== null && own.has(other.parent));
  const pick = (facets: Facet[], names: readonly string[]) =>
    names.flatMap((name) => {
      const facet = facets.find((candidate) => candidate.slug === slugify(name));
      return facet ? [{ facet, others: facet.entries.map((entry) => entry.page).filter(isOther) }] : [];
    });
  const { nerves, movements } = facetsOf(atlas);
  return { nerves: pick(nerves, shown.nerves), movements: pick(movements, shown.movements) };
}
