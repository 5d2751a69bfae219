import { readFigureManifest } from '@/figures/manifest';
import { loadAtlas, settingsFromEnvironment } from './content/atlas';
import type { Atlas } from './content/types';
import { withFigures } from './with-figures';

let loaded: Atlas | undefined;

/**
 * The atlas of this build: the content (lib/content) merged, here and only here, with the figure
 * manifest that `npm run figures` writes before the build (figures/manifest.ts is the contract).
 * Read once per process, shared by every route, the sitemap and the search index.
 */
export function getAtlas(): Atlas {
  loaded ??= withFigures(loadAtlas(settingsFromEnvironment()), readFigureManifest(undefined, { optional: true }));
  return loaded;
}
