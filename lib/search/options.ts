import type { Options, SearchOptions } from 'minisearch';

/** What kind of thing a search result is. */
export const RESULT_KINDS = ['muscle', 'part', 'group', 'region', 'superregion', 'nerve', 'movement'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** One searchable thing: an atlas page (at its canonical URL), a nerve or a movement. */
export type SearchDocument = {
  /** The URL a result leads to. */
  id: string;
  kind: ResultKind;
  /** What a result shows: `Soleus muscle`, `Tibial nerve`. */
  title: string;
  /** One short line under it: `Muscle · Leg`, `Nerve · 11 muscles`. */
  context: string;
  name: string;
  latin: string;
  synonyms: string[];
  nerves: string[];
  movements: string[];
  innervation: string;
  action: string;
  attachments: string;
  artery: string;
  region: string;
};

/** A result as the search box and the results page show it. */
export type SearchHit = {
  url: string;
  kind: ResultKind;
  title: string;
  context: string;
  /** Why it matched, when the title does not say: `also called peroneus longus`, `Tibial nerve`. */
  reason?: string;
};

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'to', 'with', 'by', 'for', 'at', 'or']);

/** Lower case, without accents, without the little words every page has. */
export function processTerm(term: string): string | null {
  const plain = term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return plain === '' || STOP_WORDS.has(plain) ? null : plain;
}

export const SEARCH_FIELDS = ['name', 'title', 'synonyms', 'latin', 'nerves', 'movements', 'innervation', 'action', 'attachments', 'artery', 'region'] as const;

/** How the index is built: the same options at build time (toJSON) and in the browser (loadJSON). */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: ['kind', 'title', 'context', 'latin', 'synonyms', 'nerves'],
  processTerm,
  // Lists (synonyms, nerves) are indexed as their items joined, and stored as lists.
  stringifyField: (value: unknown) => (Array.isArray(value) ? value.join(' · ') : String(value)),
};

/**
 * How a query is matched. Every word must match somewhere (a query with no such page falls back to
 * any word); the word being typed matches as a prefix; words of five letters or more forgive a typo
 * (one in five letters). A name counts most, then other names, then facts.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 2,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  weights: { fuzzy: 0.3, prefix: 0.5 },
  boost: {
    name: 8,
    title: 4,
    synonyms: 5,
    latin: 3,
    nerves: 6,
    movements: 5,
    innervation: 1.5,
    action: 1,
    region: 1,
    attachments: 0.6,
    artery: 0.5,
  },
  boostDocument: (_id, _term, stored) => (stored?.kind === 'nerve' || stored?.kind === 'movement' ? 1.5 : stored?.kind === 'muscle' ? 1.2 : 1),
};
