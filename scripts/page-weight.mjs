// The JavaScript a page's HTML loads before any interaction, in gzip bytes: every <script src>
// plus inline scripts. Usage: node scripts/page-weight.mjs [out-dir] /muscle/leg/soleus/ ...
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const outDir = args[0] && !args[0].startsWith('/') ? args.shift() : 'out';
const pages = args.length > 0 ? args : ['/muscle/leg/soleus/'];
const gzip = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;

for (const page of pages) {
  const html = fs.readFileSync(path.join(outDir, page, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)]
    .filter((match) => !/\snoModule/i.test(match[0]))
    .map((match) => match[1]);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('');
  let total = 0;
  const rows = sources.map((src) => {
    const bytes = gzip(fs.readFileSync(path.join(outDir, src.split('?')[0])));
    total += bytes;
    return `  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${src}`;
  });
  const inlineBytes = gzip(Buffer.from(inline));
  total += inlineBytes;
  console.log(`${page}: ${(total / 1024).toFixed(1)} KB gzip of JavaScript before interaction (${sources.length} files + ${(inlineBytes / 1024).toFixed(1)} KB inline)`);
  console.log(rows.join('\n'));
}
