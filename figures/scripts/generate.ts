/**
 * Generates the atlas's figures: `npm run figures` (npx tsx figures/scripts/generate.ts).
 *
 * For every page of the regions the model draws: 16 gallery views with thumbnails, a turntable hero and its still,
 * an Open Graph picture, into public/generated/figures/ with manifest.json. Each page's files are
 * named by a hash of what they depend on (model data, renderer source, settings, the page's
 * selection); a page whose files already exist is kept, so a run with nothing changed only
 * rewrites the manifest. The geometry (voxel-packed muscles, ~6 s) is cached in
 * node_modules/.cache/muscle-atlas-figures. Pages are drawn by worker threads (2 by default).
 *
 * Options: --out <dir>  --cache <dir>  --workers <n>  --only <text in URL>  --force  --quiet
 */
import path from 'node:path';
import { defaultOptions, generateFigures } from './generator';

function parseArgs(argv: readonly string[]): ReturnType<typeof defaultOptions> {
  const opts = defaultOptions();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--out') opts.out = path.resolve(next());
    else if (a === '--cache') opts.cache = path.resolve(next());
    else if (a === '--workers') opts.workers = Math.max(1, Number(next()));
    else if (a === '--only') opts.only = next();
    else if (a === '--force') opts.force = true;
    else if (a === '--quiet') opts.verbose = false;
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

generateFigures(parseArgs(process.argv.slice(2))).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
