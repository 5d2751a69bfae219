import type { MetadataRoute } from 'next';
import { getAtlas } from '@/lib/atlas';
import { facetsOf } from '@/lib/content/facets';
import { pagesInOrder } from '@/lib/content/navigation';
import { ACTIONS_URL, NERVES_URL } from '@/lib/content/urls';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page at its canonical URL, from the same tree the routes use (aliases are left to their canonical links), and the lists by nerve and by movement. */
export default function sitemap(): MetadataRoute.Sitemap {
  const atlas = getAtlas();
  const pages = pagesInOrder(atlas).filter((page) => page.canonical === page.url);
  const { nerves, movements } = facetsOf(atlas);
  const lists = [NERVES_URL, ...nerves.map((facet) => facet.url), ACTIONS_URL, ...movements.map((facet) => facet.url)];
  return [{ url: absoluteUrl('/') }, ...pages.map((page) => ({ url: absoluteUrl(page.url) })), ...lists.map((url) => ({ url: absoluteUrl(url) }))];
}
