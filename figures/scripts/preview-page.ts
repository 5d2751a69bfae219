/**
 * One page's views while editing the model: `npx tsx figures/scripts/preview-page.ts /muscle/leg/soleus/ 0 90 180`
 * writes out-figures/preview/page.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { model } from '../model';
import { loadFigurePages } from './content-pages';
import { paintBones } from '../render/attachments';
import { viewBasis } from '../render/camera';
import { fittedPageFrame } from '../render/page-frame';
import { renderView } from '../render/render-view';
import { loadOrBuildDrawnGeometry } from '../render/geometry-cache';
import { defaultCacheDir, figureKeys } from '../render/keys';
import { drawnLevel } from '../render/drawn-geometry';
import { DrawnScene } from '../render/scene-items';

const ROOT = path.resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const url = process.argv[2] ?? '/muscle/leg/soleus/';
  const angles = process.argv.slice(3).map(Number);
  const page = loadFigurePages().find((p) => p.url === url);
  if (!page) throw new Error(`no page ${url}`);
  // The geometry the pictures are drawn from, cached as `npm run figures` caches it: built once, then read in a second.
  const scene = new DrawnScene(model, (await loadOrBuildDrawnGeometry(model, defaultCacheDir(ROOT), figureKeys(ROOT).geometry)).levels);
  const highlighted = new Set(page.muscles);
  const W = Number(process.env.W ?? 500);
  const H = Math.round(W * 1.25);
  // Framed and drawn as the generator frames and draws the page, at twice the preview's size.
  const framing = fittedPageFrame(page, scene.items(page), W * 2, H * 2);
  const level = drawnLevel(framing.pixelsPerMetre);
  const items = scene.items(page, level);
  const paints = paintBones(model, scene.level(level).geometry.bones, highlighted, page.sides);
  const tiles: Buffer[] = [];
  for (const angle of angles.length ? angles : [0, 90, 180, 270]) {
    const t0 = Date.now();
    const view = renderView(items, { basis: viewBasis(angle), framing, highlighted, paints });
    console.log(angle, `${Date.now() - t0} ms`, 'target px', view.targetPixels, 'ghosts', view.ghosts.join(' '));
    tiles.push(await sharp(view.rgb, { raw: { width: W * 2, height: H * 2, channels: 3 } }).resize(W, H).png().toBuffer());
  }
  const out = path.join('out-figures', 'preview');
  mkdirSync(out, { recursive: true });
  await sharp({ create: { width: W * tiles.length, height: H, channels: 4, background: '#ffffff' } })
    .composite(tiles.map((input, i) => ({ input, left: i * W, top: 0 })))
    .png()
    .toFile(path.join(out, process.env.OUT ?? 'page.png'));
}

void main();
