import path from 'node:path';
import sharp from 'sharp';
import { hashFiles, importClosure, listSources, sha256 } from './hash';
import { FIGURE_SETTINGS } from './settings';

/**
 * Cache keys: `geometry` hashes the model data and the code that builds the scene geometry from
 * it (the modules geometry-cache.ts runs, found by their imports), so a change to how pictures are
 * drawn does not rebuild the geometry; `global` adds the rest of figures/render, the manifest's
 * schema, the generator scripts, the figure settings and the image library's version. A page's key
 * is the global key with the page's own selection (see figures/scripts/generate.ts).
 */
export function figureKeys(root: string): { geometry: string; global: string } {
  const modelFiles = listSources([path.join(root, 'figures', 'model')], ['.ts']);
  const builder = importClosure([path.join(root, 'figures', 'render', 'geometry-cache.ts'), ...modelFiles]);
  const geometry = hashFiles([...new Set([...modelFiles, ...builder])].sort(), root);
  const drawing = hashFiles(listSources([path.join(root, 'figures', 'render'), path.join(root, 'figures', 'manifest.ts')], ['.ts']), root);
  const scripts = hashFiles(
    ['generate.ts', 'generator.ts', 'worker.ts'].map((f) => path.join(root, 'figures', 'scripts', f)),
    root,
  );
  return {
    geometry,
    global: sha256(geometry, drawing, scripts, JSON.stringify(FIGURE_SETTINGS), sharp.versions.vips, sharp.versions.webp ?? ''),
  };
}

/** Where the geometry cache lives: outside public/, so it is never exported with the site. */
export function defaultCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'muscle-atlas-figures');
}
