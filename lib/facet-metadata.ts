import type { Metadata } from 'next';
import type { Facet } from './content/facets';
import { absoluteUrl, SITE_NAME } from './site';

/** Title, description and canonical URL of a nerve's or a movement's page. */
export function facetMetadata(facet: Facet, title: string, description: string): Metadata {
  const canonical = absoluteUrl(facet.url);
  return {
    title,
    description,
    alternates: { canonical },
    openGraph: { type: 'website', siteName: SITE_NAME, title, description, url: canonical },
  };
}

/** `Gastrocnemius, Soleus, Plantaris and 8 more`: the first names of a list, for descriptions. */
export function namesPreview(facet: Facet, shown = 4): string {
  const names = facet.entries.map((entry) => entry.page.name);
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
