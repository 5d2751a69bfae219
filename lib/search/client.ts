import { SEARCH_URL } from '../content/urls';
import type { SearchEngine } from './engine';

/** The search engine, with its library and index, fetched on first use and never before. */
export async function importEngine(): Promise<SearchEngine> {
  const { loadEngine } = await import('./engine');
  return loadEngine();
}

/** The shareable address of a search: `/search/?q=peroneus%20longus`. */
export function searchPageUrl(query: string): string {
  const trimmed = query.trim();
  return trimmed === '' ? SEARCH_URL : `${SEARCH_URL}?${new URLSearchParams({ q: trimmed }).toString()}`;
}
