import type { FacetShown } from '@/lib/facet-route';
import { FacetIndex } from './facet-index';
import { FacetPage } from './facet-page';

/** A list route's page: every nerve (or movement), or the muscles of one. */
export function FacetView({ shown }: { shown: FacetShown }) {
  const { atlas, words, facets, facet } = shown;
  if (!facet) return <FacetIndex title={words.listTitle} lede={words.listLede} empty={words.listEmpty} facets={facets} />;
  return <FacetPage atlas={atlas} facet={facet} list={{ name: words.listName, url: words.listUrl }} lede={words.facetLede} />;
}
