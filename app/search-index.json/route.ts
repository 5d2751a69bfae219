import { getAtlas } from '@/lib/atlas';
import { buildSearchIndex } from '@/lib/search/build-index';

// Written once at build time to out/search-index.json; the search box fetches it on first use.
export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(buildSearchIndex(getAtlas()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
