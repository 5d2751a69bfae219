import type { Metadata } from 'next';
import { FacetIndex } from '@/components/facet-index';
import { getAtlas } from '@/lib/content/atlas';
import { facetsOf } from '@/lib/content/facets';
import { ACTIONS_URL } from '@/lib/content/urls';
import { absoluteUrl } from '@/lib/site';

const DESCRIPTION = 'Every movement the muscles of the atlas produce, each with the list of muscles that produce it.';

export const metadata: Metadata = {
  title: 'Muscles by movement',
  description: DESCRIPTION,
  alternates: { canonical: absoluteUrl(ACTIONS_URL) },
};

export default function ActionsPage() {
  return (
    <FacetIndex
      title="Muscles by movement"
      lede="Pick a movement to see every muscle that produces it, region by region: all the plantarflexors of the ankle, all the medial rotators of the shoulder, on one page."
      facets={facetsOf(getAtlas()).movements}
    />
  );
}
