import MiniSearch from 'minisearch';
import type { Atlas } from '../content/types';
import { searchDocuments } from './documents';
import { INDEX_OPTIONS } from './options';

/** The search index of an atlas, serialised for the browser (MiniSearch.loadJSON with INDEX_OPTIONS). */
export function buildSearchIndex(atlas: Atlas): string {
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(searchDocuments(atlas));
  return JSON.stringify(index);
}
