/**
 * Every atlas URL is computed here. URLs are site-absolute, lower-case, and end in a slash:
 * `/muscle/`, `/muscle/<region>/`, `/muscle/<region>/<name>/`.
 */
export const ROOT_URL = '/muscle/';

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The path part of a link as written, with a trailing slash; null for external or non-page links. */
export function normalizeLink(href: string): string | null {
  const trimmed = href.trim();
  if (!trimmed.startsWith('/') || trimmed.startsWith('//')) return null;
  const path = trimmed.replace(/[?#].*$/, '');
  if (path === '') return null;
  if (/\.[a-z0-9]+$/i.test(path)) return null; // a file, not a page
  return path.endsWith('/') ? path : `${path}/`;
}

/** Segments below `/muscle/`: [] for the root, [region] or [region, name]; null when the shape is wrong. */
export function atlasSegments(url: string): string[] | null {
  if (!url.startsWith(ROOT_URL) || !url.endsWith('/')) return null;
  const rest = url.slice(ROOT_URL.length, -1);
  if (rest === '') return [];
  const segments = rest.split('/');
  if (segments.length > 2) return null;
  return segments.every((segment) => SEGMENT.test(segment)) ? segments : null;
}

export function isAtlasUrl(url: string): boolean {
  return atlasSegments(url) !== null;
}

export function atlasUrl(segments: readonly string[]): string {
  return segments.length === 0 ? ROOT_URL : `${ROOT_URL}${segments.join('/')}/`;
}

/** `content/muscle/leg/soleus.md` → `/muscle/leg/soleus/`; `…/leg/index.md` and `…/leg.md` → `/muscle/leg/`. */
export function urlFromContentPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\\/g, '/').replace(/\.md$/i, '');
  const parts = withoutExtension.split('/').filter((part) => part !== '');
  if (parts[parts.length - 1] === 'index') parts.pop();
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** The region page above a page three levels deep: `/muscle/leg/soleus/` → `/muscle/leg/`. */
export function regionUrlOf(url: string): string | null {
  const segments = atlasSegments(url);
  if (segments === null || segments.length !== 2) return null;
  return atlasUrl(segments.slice(0, 1));
}

/** `Tibial nerve` → `tibial-nerve`, `Mandible side-to-side movement` → `mandible-side-to-side-movement`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const NERVES_URL = '/nerves/';
export const ACTIONS_URL = '/actions/';

/** The page listing every muscle a nerve supplies: `Tibial nerve` → `/nerves/tibial-nerve/`. */
export function nerveUrl(nerve: string): string {
  return `${NERVES_URL}${slugify(nerve)}/`;
}

/** The page listing every muscle that produces a movement: `Ankle plantarflexion` → `/actions/ankle-plantarflexion/`. */
export function actionUrl(movement: string): string {
  return `${ACTIONS_URL}${slugify(movement)}/`;
}

export const SEARCH_URL = '/search/';
