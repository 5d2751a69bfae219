import type { Metadata } from 'next';
import type { Facet } from './content/facets';
import { absoluteUrl, SITE_NAME } from './site';

/** Title, description and canonical URL of a list page: all nerves, one nerve, all movements, one movement. */
export function listMetadata(url: string, title: string, description: string): Metadata {
  const canonical = absoluteUrl(url);
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
