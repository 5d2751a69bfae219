import type { Metadata } from 'next';
import { FacetIndex } from '@/components/facet-index';
import { getAtlas } from '@/lib/content/atlas';
import { facetsOf } from '@/lib/content/facets';
import { NERVES_URL } from '@/lib/content/urls';
import { absoluteUrl } from '@/lib/site';

const DESCRIPTION = 'Every nerve that supplies a muscle of the atlas, each with the list of muscles it supplies.';

export const metadata: Metadata = {
  title: 'Muscles by nerve',
  description: DESCRIPTION,
  alternates: { canonical: absoluteUrl(NERVES_URL) },
};

export default function NervesPage() {
  return (
    <FacetIndex
      title="Muscles by nerve"
      lede="Pick a nerve to see every muscle it supplies, region by region, with the spinal roots of each. Useful when a question starts from the nerve: what does the tibial nerve supply, what fails when the radial nerve is cut?"
      facets={facetsOf(getAtlas()).nerves}
    />
  );
}
