// What "Explore in 3D" costs a reader, per page type (region, group, muscle, part), and how fast it
// draws: the viewer's JavaScript (gzip) and the page's model (binary glTF, bytes as served and
// gzip: its region's scene and its own structures), fetched on the click and never before; the time from the click to the first frame; the
// frame time while the reader turns the model (a drag), in headless Chromium drawing WebGL with
// SwiftShader (software). No server needed: the exported files are served to the browser directly.
//
// Gates (exit 1), the deterministic ones: the viewer's JavaScript over 200 KB gzip, any page's model
// over 1.5 MB, or anything of the viewer fetched before the click. Timings are reported, not gated.
//
// Usage: npm run build && npm run check:viewer [-- out-dir] [--no-timing]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Page as BrowserPage } from '@playwright/test';
import { getAtlas } from '../lib/atlas';
import type { Page } from '../lib/content/types';

const args = process.argv.slice(2);
const outDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'out');
const timing = !args.includes('--no-timing');
const JS_BUDGET = 200 * 1024;
const MODEL_BUDGET = 1.5 * 1024 * 1024;
const gzip = (buffer: Buffer): number => zlib.gzipSync(buffer, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.glb': 'model/gltf-binary',
};

const atlas = getAtlas();
const withModels = [...atlas.pages.values()].filter((page): page is Page & { explore: NonNullable<Page['explore']> } => Boolean(page.explore) && page.url === page.canonical);
if (withModels.length === 0) {
  console.error('no page has a 3D model: run `npm run figures` (and build) first');
  process.exit(1);
}
const failures: string[] = [];
const fileOf = (url: string): string => path.join(outDir, decodeURIComponent(url));

// Model data of every page, by page type: the largest and the median.
console.log(`3D models of ${withModels.length} pages in ${path.relative(process.cwd(), outDir) || '.'}:`);
const kinds = [...new Set(withModels.map((page) => page.kind))];
const largest = new Map<string, Page & { explore: NonNullable<Page['explore']> }>();
for (const kind of kinds) {
  const pages = withModels.filter((page) => page.kind === kind);
  // A page's model is two files: its region's scene (shared by the region's pages) and its own.
  const sizes = pages.map((page) => {
    const files = [page.explore.scene, page.explore.src].map(fileOf);
    const missing = files.filter((file) => !fs.existsSync(file));
    if (missing.length > 0) {
      failures.push(`${page.url}: ${missing.map((file) => path.relative(outDir, file)).join(', ')} not in the export`);
      return { page, bytes: 0, gz: 0 };
    }
    const data = files.map((file) => fs.readFileSync(file));
    return { page, bytes: data.reduce((sum, d) => sum + d.length, 0), gz: data.reduce((sum, d) => sum + gzip(d), 0) };
  });
  sizes.sort((a, b) => b.bytes - a.bytes);
  const top = sizes[0];
  const median = sizes[Math.floor(sizes.length / 2)];
  if (!top || !median) continue;
  largest.set(kind, top.page);
  console.log(
    `  ${kind.padEnd(11)} ${String(pages.length).padStart(3)} pages  largest ${kb(top.bytes).padStart(9)} (${kb(top.gz)} gzip) ${top.page.url}  median ${kb(median.bytes)}`,
  );
  for (const { page, bytes } of sizes) if (bytes > MODEL_BUDGET) failures.push(`${page.url}: model ${kb(bytes)} over ${kb(MODEL_BUDGET)}`);
}

async function serve(page: BrowserPage): Promise<void> {
  await page.route('http://atlas.test/**', (route) => {
    let file = fileOf(new URL(route.request().url()).pathname);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, body: fs.readFileSync(file), contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
  });
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'],
  });

  console.log(`\nOpening the viewer in Chromium (software WebGL)${timing ? ', 1280 x 800' : ''}:`);
  for (const [kind, target] of largest) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await serve(page);
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`http://atlas.test${target.url}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const before = new Set(fetched);
    const early = fetched.filter((file) => file.endsWith('.glb'));
    if (early.length > 0) failures.push(`${target.url}: fetched before the click: ${early.join(', ')}`);
    await page.evaluate(() => {
      document.addEventListener('click', () => performance.mark('viewer-click'), { capture: true, once: true });
    });
    await page.getByRole('button', { name: 'Explore in 3D' }).click();
    await page.waitForFunction(() => performance.getEntriesByName('viewer-first-frame').length > 0, undefined, { timeout: 60_000 });
    const firstFrame = await page.evaluate(() => {
      const click = performance.getEntriesByName('viewer-click')[0]?.startTime ?? 0;
      return (performance.getEntriesByName('viewer-first-frame')[0]?.startTime ?? 0) - click;
    });
    await page.waitForLoadState('networkidle');
    const after = fetched.filter((file) => !before.has(file));
    const scripts = after.filter((file) => file.endsWith('.js'));
    const js = scripts.reduce((sum, file) => sum + gzip(fs.readFileSync(fileOf(file))), 0);
    const models = after.filter((file) => file.endsWith('.glb'));
    const data = models.reduce((sum, file) => sum + fs.statSync(fileOf(file)).size, 0);
    if (js > JS_BUDGET) failures.push(`${target.url}: viewer JavaScript ${kb(js)} gzip over ${kb(JS_BUDGET)}`);
    let frames = '';
    if (timing) {
      const canvas = page.locator('dialog canvas');
      const box = await canvas.boundingBox();
      if (box) {
        const y = box.y + box.height / 2;
        await page.mouse.move(box.x + box.width * 0.2, y);
        await page.mouse.down();
        const start = await page.evaluate(() => ({ t: performance.now(), n: Number(document.querySelector('dialog canvas')?.getAttribute('data-frames')) }));
        for (let step = 0; step < 3; step++) {
          await page.mouse.move(box.x + box.width * 0.8, y, { steps: 40 });
          await page.mouse.move(box.x + box.width * 0.2, y, { steps: 40 });
        }
        const end = await page.evaluate(() => ({ t: performance.now(), n: Number(document.querySelector('dialog canvas')?.getAttribute('data-frames')) }));
        await page.mouse.up();
        const count = end.n - start.n;
        const ms = (end.t - start.t) / Math.max(1, count);
        frames = `; dragged ${count} frames at ${ms.toFixed(1)} ms (${(1000 / ms).toFixed(0)} fps)`;
      }
    }
    await context.close();
    if (timing) {
      // The automatic turn (no reduced motion): frames as fast as the browser draws them, no input events.
      const spinning = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const spinPage = await spinning.newPage();
      await serve(spinPage);
      await spinPage.goto(`http://atlas.test${target.url}`, { waitUntil: 'networkidle' });
      await spinPage.getByRole('button', { name: 'Explore in 3D' }).click();
      await spinPage.waitForFunction(() => performance.getEntriesByName('viewer-first-frame').length > 0, undefined, { timeout: 60_000 });
      const count = () =>
        spinPage.evaluate(() => ({ t: performance.now(), n: Number(document.querySelector('dialog canvas')?.getAttribute('data-frames')) }));
      await spinPage.waitForTimeout(500);
      const start = await count();
      await spinPage.waitForTimeout(3000);
      const end = await count();
      const ms = (end.t - start.t) / Math.max(1, end.n - start.n);
      frames += `; turning by itself ${ms.toFixed(1)} ms a frame (${(1000 / ms).toFixed(0)} fps)`;
      await spinning.close();
    }
    console.log(
      `  ${kind.padEnd(11)} ${target.url}: JS ${kb(js)} gzip in ${scripts.length} files, model ${kb(data)}; click to first frame ${firstFrame.toFixed(0)} ms${frames}`,
    );
  }
  await browser.close();

  if (failures.length > 0) {
    console.error(`\n${failures.length} over budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`\nwithin budget: viewer JavaScript under ${kb(JS_BUDGET)} gzip, every model under ${kb(MODEL_BUDGET)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
