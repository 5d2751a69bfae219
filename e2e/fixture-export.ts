import fs from 'node:fs';
import path from 'node:path';
import { loadAtlas } from '../lib/content/atlas';
import type { PageKind } from '../lib/content/schema';

/** Where scripts/e2e.mjs exports the fixture atlas that the browser tests run against. */
export const EXPORT_DIR = 'e2e-out';
export const FIXTURE_CONTENT = 'e2e/fixtures/atlas';

/**
 * Every HTML document of the fixture export, by the path that serves it: home, atlas pages, aliases,
 * not-found, and any route added later (search, nerves, actions), without a list to keep up.
 */
export function exportedPaths(): string[] {
  if (!fs.existsSync(EXPORT_DIR)) throw new Error(`${EXPORT_DIR}/ does not exist: run the browser tests with npm run test:e2e, which exports the fixture atlas first`);
  const found: string[] = [];
  const visit = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(EXPORT_DIR, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && child !== '_next') visit(child);
      else if (entry.name === 'index.html') found.push(relative ? `/${relative}/` : '/');
    }
  };
  visit('');
  return found.sort();
}

/** The pages a static host answers with 404. */
export const isNotFoundPath = (url: string) => url === '/404/' || url === '/_not-found/';

/** The kind of each atlas page of the fixture, as the loader reads it. */
export function fixtureKinds(): Map<string, PageKind> {
  const atlas = loadAtlas({ contentDir: path.resolve(FIXTURE_CONTENT), publicDir: path.resolve('public'), imageBase: 'https://fixture.invalid/' });
  return new Map([...atlas.routes].flatMap(([url, target]) => {
    const page = atlas.pages.get(target);
    return page ? [[url, page.kind] as const] : [];
  }));
}
