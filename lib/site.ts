/** Site-wide constants. SITE_URL makes canonical and Open Graph URLs absolute. */
export const SITE_NAME = 'Muscle Atlas';
export const SITE_DESCRIPTION =
  'A free, open atlas of the human muscles: origin, insertion, nerve supply, blood supply and action of every muscle, region by region.';

export function siteUrl(): URL {
  return new URL(process.env.SITE_URL || 'http://localhost:3000');
}

/** A site path made absolute against SITE_URL; URLs that are already absolute pass through. */
export function absoluteUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, siteUrl()).toString();
}
