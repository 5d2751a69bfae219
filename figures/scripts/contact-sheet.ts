/**
 * Contact sheets of the generated figures, to review the whole model at a glance:
 * `npx tsx figures/scripts/contact-sheet.ts [--figures <dir>] [--out <dir>] [--only shoulder,arm]` writes
 * out-figures/contact-sheet/<sheet>.png: one row per page, its 16 views, labelled. The sheets:
 * lowerlimb and upperlimb (the super-region's page and its regions' pages), torso (the torso's page),
 * leg, thigh, hip, shoulder, arm, forearm, back, abdomen, head and neck (every page of the region but
 * those drawn without the mandible), innerjaw (the pages drawn without the mandible: the tongue, the
 * pterygoids, geniohyoid). Run `npm run figures` first.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import { loadFigurePages } from './content-pages';
import { VIEW_ANGLES, viewCaption } from '../render/camera';
import { FIGURES_DIR, readFigureManifest } from '../manifest';

const ROOT = path.resolve(__dirname, '..', '..');
const CELL_W = 120;
const CELL_H = 150;
const LABEL_W = 300;
const HEADER_H = 64;

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ? path.resolve(v) : fallback;
}

async function main(): Promise<void> {
  const figures = arg('--figures', path.join(ROOT, FIGURES_DIR));
  const out = arg('--out', path.join(ROOT, 'out-figures', 'contact-sheet'));
  const manifest = readFigureManifest(figures);
  const pages = loadFigurePages();
  // A super-region's sheet holds its own page and its regions' pages; each region has a sheet of its pages.
  const regionsOf: Record<string, readonly string[]> = { lowerlimb: ['leg', 'thigh', 'hip'], upperlimb: ['shoulder', 'arm', 'forearm'] };
  const top = (url: string): string => url.split('/')[2] ?? '';
  const sheets: Record<string, typeof pages> = {};
  for (const [superregion, regions] of Object.entries(regionsOf)) {
    sheets[superregion] = pages.filter((p) => (p.kind === 'superregion' || p.kind === 'region') && [superregion, ...regions].includes(top(p.url)));
    for (const region of regions) sheets[region] = pages.filter((p) => top(p.url) === region);
  }
  sheets.torso = pages.filter((p) => top(p.url) === 'torso');
  for (const region of ['back', 'abdomen']) sheets[region] = pages.filter((p) => top(p.url) === region);
  for (const region of ['head', 'neck']) sheets[region] = pages.filter((p) => top(p.url) === region && p.framing !== 'innerjaw');
  sheets.innerjaw = pages.filter((p) => p.framing === 'innerjaw');
  const only = process.argv.indexOf('--only') >= 0 ? process.argv[process.argv.indexOf('--only') + 1]?.split(',') : undefined;
  mkdirSync(out, { recursive: true });
  for (const [sheet, rows] of Object.entries(sheets)) {
    if (only && !only.includes(sheet)) continue;
    const width = LABEL_W + CELL_W * VIEW_ANGLES.length;
    const height = HEADER_H + CELL_H * rows.length;
    const texts: string[] = [];
    VIEW_ANGLES.forEach((angle, i) => {
      const x = LABEL_W + i * CELL_W + CELL_W / 2;
      const caption = viewCaption(angle).replace(' view', '');
      texts.push(`<text x="${x}" y="26" font-size="13" text-anchor="middle">${escapeXml(caption.replace(/ \(.*\)$/, ''))}</text>`);
      texts.push(`<text x="${x}" y="46" font-size="12" text-anchor="middle" fill="#666">${angle}°</text>`);
    });
    const tiles: OverlayOptions[] = [];
    for (const [r, page] of rows.entries()) {
      const y = HEADER_H + r * CELL_H;
      const entry = manifest.pages[page.url];
      texts.push(`<text x="12" y="${y + 60}" font-size="16" font-weight="bold">${escapeXml(page.name)}</text>`);
      texts.push(`<text x="12" y="${y + 84}" font-size="12" fill="#555">${escapeXml(page.url)}</text>`);
      texts.push(`<text x="12" y="${y + 104}" font-size="12" fill="#555">${page.kind}, ${page.muscles.length} muscle${page.muscles.length === 1 ? '' : 's'}</text>`);
      if (!entry) {
        texts.push(`<text x="${LABEL_W + 10}" y="${y + 70}" font-size="16" fill="#b00">no figures in the manifest</text>`);
        continue;
      }
      for (const [c, item] of entry.gallery.entries()) {
        const input = await sharp(readFileSync(path.join(figures, path.basename(item.thumb))))
          .resize(CELL_W, CELL_H)
          .png()
          .toBuffer();
        tiles.push({ input, left: LABEL_W + c * CELL_W, top: y });
      }
    }
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, sans-serif">
<rect width="100%" height="100%" fill="#ffffff"/>${texts.join('\n')}
${rows.map((_, r) => `<line x1="0" x2="${width}" y1="${HEADER_H + r * CELL_H}" y2="${HEADER_H + r * CELL_H}" stroke="#ddd"/>`).join('\n')}
</svg>`;
    const file = path.join(out, `${sheet}.png`);
    await sharp(Buffer.from(svg)).composite(tiles).png({ compressionLevel: 9 }).toFile(file);
    console.log(`wrote ${path.relative(ROOT, file)} (${rows.length} pages)`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
