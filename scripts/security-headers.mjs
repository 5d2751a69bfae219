// Security headers for the exported site: serve's own configuration (<export>/serve.json, which
// `npm start`, `npm run serve` and the browser tests' `serve` read from the folder they serve), and in
// each page a Content-Security-Policy <meta> with the hashes of that page's inline scripts.
//
// Every response gets X-Content-Type-Options, Referrer-Policy, Permissions-Policy and a
// Content-Security-Policy with no 'unsafe-eval', object-src 'none', base-uri 'self' and
// frame-ancestors 'none'. Next.js writes inline scripts into every exported page (the RSC payload and
// its bootstrap), different on each page, so script-src needs either 'unsafe-inline' or each page's
// hashes. serve's configuration cannot carry per-page hashes: it takes at most 50 header rules, with
// values of at most 2048 characters, for 364 pages of about five hashes each. So the header allows
// inline scripts, and each page's <meta http-equiv="Content-Security-Policy"> (written here, before
// the page's first script) allows exactly that page's inline scripts by SHA-256 hash. A browser
// enforces both policies, so an inline script runs only if its hash is the page's: the header's
// 'unsafe-inline' opens nothing the <meta> does not allow. (frame-ancestors works only in a header,
// which is why there are two.) Stylesheets come from the site only; style attributes are allowed
// ('unsafe-inline' for style-src-attr: React writes the hero's aspect ratio as one, and CSS cannot
// run code). README.md ("Security headers") gives the same headers for other hosts.
//
// Usage: node scripts/security-headers.mjs [export-dir ...]   (default: out; npm run build runs it)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { elements, exportedPages, isJavaScript, readHtml, textOf, attribute } from './export-reader.mjs';

/** Pictures from another origin (IMAGE_BASE_URL=https://…) are allowed from that origin too. */
const pictureOrigin = (() => {
  try {
    return /^https?:\/\//i.test(process.env.IMAGE_BASE_URL ?? '') ? ` ${new URL(process.env.IMAGE_BASE_URL ?? '').origin}` : '';
  } catch {
    return '';
  }
})();

/** The policy's fixed part: everything from the site itself, nothing framed, no plugins. */
export const BASE_POLICY = [
  "default-src 'self'",
  "style-src 'self'",
  // React writes a few style attributes (a hero's aspect ratio); <style> elements are not allowed.
  "style-src-attr 'unsafe-inline'",
  `img-src 'self'${pictureOrigin}`,
  `media-src 'self'${pictureOrigin}`,
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const OTHER_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Nothing the atlas uses is asked for: fullscreen (the picture viewer), the clipboard and the share
  // sheet (the share button) stay with the site itself; the rest is off for every origin.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), fullscreen=(self), clipboard-write=(self), web-share=(self)',
};

/** The header's policy, for every response: inline scripts are narrowed to each page's own by its <meta>. */
// 'wasm-unsafe-eval' lets the 3D viewer's meshopt decoder compile its WebAssembly; it allows no eval() of script.
export const HEADER_POLICY = [BASE_POLICY[0], "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'", ...BASE_POLICY.slice(1)].join('; ');

/**
 * A page's <meta> policy: scripts from the site and the page's own inline scripts, by hash. A <meta>
 * policy cannot hold frame-ancestors (nor report-uri, sandbox): the header has those.
 */
export function metaPolicyFor(hashes) {
  // Scripts only (no default-src, which would fall back onto styles and images): the rest is the header's.
  return [["script-src 'self' 'wasm-unsafe-eval'", ...[...new Set(hashes)].sort().map((hash) => `'${hash}'`)].join(' '), "object-src 'none'", "base-uri 'self'"].join('; ');
}

/** The hashes of the inline scripts a page's HTML runs (JSON-LD and other data blocks are not run). */
export function inlineScriptHashes(file) {
  const hashes = [];
  for (const element of elements(readHtml(file))) {
    if (element.tagName !== 'script' || attribute(element, 'src') !== undefined || !isJavaScript(element)) continue;
    hashes.push(`sha256-${crypto.createHash('sha256').update(textOf(element), 'utf8').digest('base64')}`);
  }
  return hashes;
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/** Writes (or rewrites) a page's <meta> policy right after its charset, before any script. */
export function withMetaPolicy(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const bare = html.replace(META, '');
  const charset = /<meta charSet="utf-8"\/>/i.exec(bare);
  if (!charset) throw new Error('no <meta charSet="utf-8"/> to place the policy after');
  const at = charset.index + charset[0].length;
  return bare.slice(0, at) + meta + bare.slice(at);
}

export function serveConfig() {
  const headers = Object.entries({ ...OTHER_HEADERS, 'Content-Security-Policy': HEADER_POLICY }).map(([key, value]) => ({ key, value }));
  return { headers: [{ source: '**', headers }] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['out'];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) {
      console.error(`security-headers: ${dir}/ does not exist: build the site first`);
      process.exitCode = 1;
      continue;
    }
    let longest = 0;
    const pages = exportedPages(dir);
    for (const page of pages) {
      // Hashed from the page as it stands: a <meta> written by an earlier run holds no script.
      const policy = metaPolicyFor(inlineScriptHashes(page.file));
      longest = Math.max(longest, policy.length);
      fs.writeFileSync(page.file, withMetaPolicy(fs.readFileSync(page.file, 'utf8'), policy));
    }
    fs.writeFileSync(path.join(dir, 'serve.json'), `${JSON.stringify(serveConfig(), null, 2)}\n`);
    console.log(`security-headers: ${dir}/serve.json, and in each of ${pages.length} pages a policy with the hashes of its inline scripts (longest ${longest} characters)`);
  }
}
