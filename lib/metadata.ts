import type { Metadata } from 'next';
import type { Page } from './content/types';
import { absoluteUrl, SITE_NAME } from './site';

/** One metadata helper for every atlas page: title, description, canonical, Open Graph and Twitter. */
export function pageMetadata(page: Page): Metadata {
  const alt = page.hero?.alt ?? page.gallery[0]?.alt ?? page.title;
  const social = page.socialImage;
  const picture = page.hero?.still ?? page.hero?.src ?? page.gallery[0]?.src;
  const images = social
    ? [{ url: absoluteUrl(social.src), width: social.width, height: social.height, alt }]
    : picture
      ? [{ url: absoluteUrl(picture), alt }]
      : undefined;
  const canonical = absoluteUrl(page.canonical);
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical },
    openGraph: {
      type: 'article',
      siteName: SITE_NAME,
      title: page.title,
      description: page.description,
      url: canonical,
      images,
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title: page.title,
      description: page.description,
      images: images?.map((image) => image.url),
    },
  };
}
