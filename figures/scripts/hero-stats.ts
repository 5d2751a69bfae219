/**
 * Each page's hero as the generator picks it, drawn small: `npx tsx figures/scripts/hero-stats.ts [URL prefixes]`
 * prints the hero's angle, how much of the picture the highlighted muscles cover there (issue 11
 * asks at least 2% on group, muscle and part pages) and how much of that no see-through muscle
 * covers. Pages whose highlighted muscles are covered in every view fall back to the front view:
 * they are flagged. Uses the geometry cache of `npm run figures`.
 */
import path from 'node:path';
import { model } from '../model';
import { loadFigurePages } from './content-pages';
import { paintBones } from '../render/attachments';
import { VIEW_ANGLES, viewBasis } from '../render/camera';
import { pageFrame } from '../render/framing';
import { loadOrBuildGeometry } from '../render/geometry-cache';
import { defaultCacheDir, figureKeys } from '../render/keys';
import { heroView } from '../render/page-figures';
import { renderView } from '../render/render-view';
import { sceneItems, sidedItems } from '../render/scene-geometry';

const ROOT = path.resolve(__dirname, '..', '..');
const W = 96;
const H = 120;
const prefixes = process.argv.slice(2);
const geo = loadOrBuildGeometry(model, defaultCacheDir(ROOT), figureKeys(ROOT).geometry).geometry;
const all = sceneItems(model, geo);
for (const page of loadFigurePages().filter((p) => prefixes.length === 0 || prefixes.some((u) => p.url.startsWith(u)))) {
  const items = sidedItems(all, page.sides, page.framing);
  const highlighted = new Set(page.muscles);
  const paints = paintBones(model, geo.bones, highlighted);
  const framing = pageFrame(page, items, W, H);
  const views = VIEW_ANGLES.map((a) => renderView(items, { basis: viewBasis(a), framing, highlighted, paints }));
  const hero = heroView(views.map((v) => v.exposedPixels));
  const v = views[hero];
  const share = ((v?.targetPixels ?? 0) / (W * H)) * 100;
  const flags = [(v?.exposedPixels ?? 0) === 0 ? 'COVERED-IN-EVERY-VIEW' : '', share < 2 && page.kind !== 'region' && page.kind !== 'superregion' ? 'SMALL' : ''].filter(Boolean);
  console.log(`${page.url.padEnd(58)} hero ${String(VIEW_ANGLES[hero]).padStart(5)}°  ${share.toFixed(1).padStart(5)}% of the picture  exposed ${v?.exposedPixels ?? 0}  ${flags.join(' ')}`);
}
