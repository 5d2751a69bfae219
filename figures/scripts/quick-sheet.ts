/**
 * A quick contact sheet while editing the model, without generating the figures:
 * `npx tsx figures/scripts/quick-sheet.ts /muscle/shoulder/ [more URL prefixes]` draws every page
 * under those URLs small (its hero view first, marked H, then the eight views 45° apart) to
 * out-figures/quick-sheet.png (OUT=name.png to rename). Uses the geometry cache of `npm run figures`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import { model } from '../model';
import { loadFigurePages } from './content-pages';
import { paintBones } from '../render/attachments';
import { VIEW_ANGLES, viewBasis } from '../render/camera';
import { loadOrBuildGeometry } from '../render/geometry-cache';
import { defaultCacheDir, figureKeys } from '../render/keys';
import { fittedPageFrame, heroOf } from '../render/page-frame';
import { renderView } from '../render/render-view';
import { sceneItems, sidedItems } from '../render/scene-items';

const ROOT = path.resolve(__dirname, '..', '..');
const W = Number(process.env.W ?? 120);
const H = Math.round(W * 1.25);
const LABEL_W = 260;
const ANGLES = [0, 45, 90, 135, 180, 225, 270, 315];

const escapeXml = (s: string): string => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

async function main(): Promise<void> {
  const prefixes = process.argv.slice(2);
  const pages = loadFigurePages().filter((p) => prefixes.some((u) => p.url.startsWith(u)));
  const geo = loadOrBuildGeometry(model, defaultCacheDir(ROOT), figureKeys(ROOT).geometry).geometry;
  const all = sceneItems(model, geo);
  const tiles: OverlayOptions[] = [];
  const texts: string[] = [];
  for (const [r, page] of pages.entries()) {
    const items = sidedItems(all, page.sides, page.framing);
    const highlighted = new Set(page.muscles);
    const paints = paintBones(model, geo.bones, highlighted, page.sides);
    const framing = fittedPageFrame(page, items, W * 2, H * 2);
    const hero = VIEW_ANGLES[heroOf(items, page, framing, 64).view] ?? 0;
    const y = r * H;
    texts.push(`<text x="8" y="${y + 40}" font-size="14" font-weight="bold">${escapeXml(page.name)}</text>`);
    texts.push(`<text x="8" y="${y + 60}" font-size="11" fill="#555">${escapeXml(page.url)}</text>`);
    texts.push(`<text x="8" y="${y + 78}" font-size="11" fill="#555">${page.kind}, ${page.muscles.length} muscles, hero ${hero}°</text>`);
    for (const [c, angle] of [hero, ...ANGLES].entries()) {
      const view = renderView(items, { basis: viewBasis(angle), framing, highlighted, paints });
      const input = await sharp(view.rgb, { raw: { width: W * 2, height: H * 2, channels: 3 } }).resize(W, H).png().toBuffer();
      tiles.push({ input, left: LABEL_W + c * W + (c > 0 ? 8 : 0), top: y });
    }
    texts.push(`<text x="${LABEL_W + 4}" y="${y + 14}" font-size="12" fill="#b00">H</text>`);
    console.log(page.url);
  }
  const width = LABEL_W + 9 * W + 8;
  const height = Math.max(1, pages.length) * H;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, sans-serif"><rect width="100%" height="100%" fill="#fff"/>${texts.join('')}</svg>`;
  const out = path.join(ROOT, 'out-figures');
  mkdirSync(out, { recursive: true });
  await sharp(Buffer.from(svg)).composite(tiles).png().toFile(path.join(out, process.env.OUT ?? 'quick-sheet.png'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
