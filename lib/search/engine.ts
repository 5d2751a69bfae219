import MiniSearch, { type SearchResult } from 'minisearch';
import { INDEX_OPTIONS, RESULT_KINDS, SEARCH_OPTIONS, type ResultKind, type SearchHit } from './options';

/** Where the build writes the index (app/search-index.json/route.ts). */
export const SEARCH_INDEX_URL = '/search-index.json';

export type SearchEngine = { search: (query: string, limit?: number) => SearchHit[] };

const isKind = (value: unknown): value is ResultKind => typeof value === 'string' && (RESULT_KINDS as readonly string[]).includes(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Why a result matched, when its title does not show it: the other name, the Latin name or the nerve. */
function reasonFor(result: SearchResult): string | undefined {
  const terms = result.terms;
  const matchedIn = (field: string) => terms.some((term) => result.match[term]?.includes(field));
  const containsTerms = (value: string) => terms.every((term) => value.toLowerCase().normalize('NFKD').includes(term));
  if (matchedIn('name') || matchedIn('title')) {
    const title = text(result.title).toLowerCase();
    if (terms.every((term) => title.includes(term))) return undefined;
  }
  if (matchedIn('synonyms')) {
    const synonym = texts(result.synonyms).find(containsTerms) ?? texts(result.synonyms).find((value) => terms.some((term) => value.toLowerCase().includes(term)));
    if (synonym) return `also called ${synonym}`;
  }
  if (matchedIn('latin')) return text(result.latin) || undefined;
  if (matchedIn('nerves')) {
    const nerve = texts(result.nerves).find((value) => terms.some((term) => value.toLowerCase().includes(term)));
    if (nerve) return `supplied by the ${nerve.charAt(0).toLowerCase()}${nerve.slice(1)}`;
  }
  return undefined;
}

function toHit(result: SearchResult): SearchHit | null {
  const kind: unknown = result.kind;
  if (typeof result.id !== 'string' || !isKind(kind)) return null;
  return { url: result.id, kind, title: text(result.title), context: text(result.context), reason: reasonFor(result) };
}

/** A search over a serialised index: every word must match; failing that, any word may. */
export function createEngine(indexJson: string): SearchEngine {
  const index = MiniSearch.loadJSON(indexJson, INDEX_OPTIONS);
  return {
    search(query, limit = Infinity) {
      const trimmed = query.trim();
      if (trimmed === '') return [];
      let results = index.search(trimmed, SEARCH_OPTIONS);
      if (results.length === 0) results = index.search(trimmed, { ...SEARCH_OPTIONS, combineWith: 'OR' });
      return results.slice(0, limit).flatMap((result) => toHit(result) ?? []);
    },
  };
}

let loading: Promise<SearchEngine> | undefined;

/** Fetches the index and builds the engine, once per page load; a failed fetch may be tried again. */
export function loadEngine(): Promise<SearchEngine> {
  loading ??= fetch(SEARCH_INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`The search index could not be loaded (${response.status}).`);
      return response.text();
    })
    .then(createEngine)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
