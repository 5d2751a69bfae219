import path from 'node:path';

export const DEFAULT_IMAGE_BASE = '/images/';

/** The base that relative image paths are resolved against, always ending in a slash. */
export function imageBase(fromEnvironment: string | undefined): string {
  const base = fromEnvironment?.trim() || DEFAULT_IMAGE_BASE;
  return base.endsWith('/') ? base : `${base}/`;
}

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;

/** An image path from content → the URL the page uses. Absolute paths and URLs are used as written. */
export function resolveImageUrl(imagePath: string, base: string): string {
  const trimmed = imagePath.trim();
  if (ABSOLUTE.test(trimmed)) return trimmed;
  return base + trimmed.replace(/^\.\//, '');
}

/** Only http(s) and site paths may be image sources: no `javascript:` or `data:` from content. */
export function isSafeImageUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) || (url.startsWith('/') && !url.startsWith('//'));
}

/** The file under `public/` that a site path names, or null for remote images. */
export function localImageFile(url: string, publicDir: string): string | null {
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  let decoded: string;
  try {
    decoded = decodeURI(url.replace(/[?#].*$/, ''));
  } catch {
    decoded = url;
  }
  const file = path.join(publicDir, decoded);
  return file.startsWith(path.resolve(publicDir)) ? file : null;
}

export function isAnimatedImage(url: string): boolean {
  return /\.(gif|apng)$/i.test(url.replace(/[?#].*$/, ''));
}

/** `/images/x/Leg-Soleus.gif` → the `.webm` and `.mp4` of the same name. */
export function videoSiblings(url: string): { src: string; type: 'video/webm' | 'video/mp4' }[] {
  const stem = url.replace(/[?#].*$/, '').replace(/\.[a-z0-9]+$/i, '');
  return [
    { src: `${stem}.webm`, type: 'video/webm' },
    { src: `${stem}.mp4`, type: 'video/mp4' },
  ];
}
