import type { MetadataRoute } from 'next';
import { getAtlas } from '@/lib/content/atlas';
import { pagesInOrder } from '@/lib/content/navigation';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page at its canonical URL, from the same tree the routes use; aliases are left to their canonical links. */
export default function sitemap(): MetadataRoute.Sitemap {
  const pages = pagesInOrder(getAtlas()).filter((page) => page.canonical === page.url);
  return [{ url: absoluteUrl('/') }, ...pages.map((page) => ({ url: absoluteUrl(page.url) }))];
}
