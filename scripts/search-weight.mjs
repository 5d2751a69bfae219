// What the search costs a reader, in gzip bytes: everything the page fetches from the moment the
// search box is focused until the first results show (the library's chunk and the index), and
// nothing of it before. Drives Chromium over the exported files; no server needed.
// Usage: npm run build && node scripts/search-weight.mjs [out-dir] [page]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';

const outDir = path.resolve(process.argv[2] ?? 'out');
const pagePath = process.argv[3] ?? '/muscle/leg/soleus/';
const gzip = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain', '.svg': 'image/svg+xml' };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
await page.route('http://atlas.test/**', (route) => {
  let file = path.join(outDir, decodeURIComponent(new URL(route.request().url()).pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
  return route.fulfill({ status: 200, body: fs.readFileSync(file), contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
});
const fetched = [];
page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));

await page.goto(`http://atlas.test${pagePath}`, { waitUntil: 'networkidle' });
const before = fetched.length;
await page.getByRole('combobox', { name: 'Search the atlas' }).fill('soleus');
await page.getByRole('option', { name: /Soleus muscle/ }).first().waitFor();
await page.waitForLoadState('networkidle');
await browser.close();

let total = 0;
const rows = fetched.slice(before).map((file) => {
  const bytes = gzip(fs.readFileSync(path.join(outDir, file)));
  total += bytes;
  return `  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${file}`;
});
console.log(`search on first use, from ${pagePath}: ${(total / 1024).toFixed(1)} KB gzip in ${rows.length} files`);
console.log(rows.join('\n'));
