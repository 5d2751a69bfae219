// Reading an exported site (out/, e2e-out/) as a browser and a static host see it: its HTML pages,
// what each page loads, and the file a site path resolves to. Shared by the budget and link gates.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';

/** Every HTML file of an export, with the site path that serves it. */
export function exportedPages(dir) {
  const pages = [];
  const visit = (relative) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (child !== '_next') visit(child);
      } else if (entry.name.endsWith('.html')) {
        const url = entry.name === 'index.html' ? `/${relative ? `${relative}/` : ''}` : `/${child}`;
        pages.push({ url, file: path.join(dir, child) });
      }
    }
  };
  visit('');
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/** The pages a static host answers with 404: not pages of the site, but they are checked all the same. */
export const isNotFoundPage = (url) => url === '/404.html' || url === '/404/' || url === '/_not-found/';

/** Every element of a parsed document, in document order (template contents included). */
export function* elements(root) {
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.tagName) yield node;
    if (node.tagName === 'template' && node.content) stack.push(node.content);
    if (node.childNodes) for (let index = node.childNodes.length - 1; index >= 0; index -= 1) stack.push(node.childNodes[index]);
  }
}

export const attribute = (element, name) => element.attrs.find((candidate) => candidate.name === name)?.value;
export const textOf = (element) => element.childNodes.map((child) => child.value ?? '').join('');

export function readHtml(file) {
  return parse(fs.readFileSync(file, 'utf8'));
}

const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);
/** Whether a <script> runs as JavaScript (JSON-LD and other data blocks do not). */
export const isJavaScript = (script) => JS_TYPES.has((attribute(script, 'type') ?? '').trim().toLowerCase());

/** The URLs of a srcset, split as a browser splits them (a URL runs to whitespace). */
export function srcsetUrls(value) {
  const urls = [];
  let rest = value.replace(/^[\s,]+/, '');
  while (rest !== '') {
    const url = /^\S+/.exec(rest)[0];
    rest = rest.slice(url.length);
    urls.push(url.replace(/,+$/, ''));
    if (!url.endsWith(',')) rest = rest.replace(/^[^,]*/, '');
    rest = rest.replace(/^[\s,]+/, '');
  }
  return urls;
}

/** The RSC payload a page carries inline (what client navigation would fetch), decoded. */
export function flightData(document) {
  let flight = '';
  for (const script of elements(document)) {
    if (script.tagName !== 'script' || attribute(script, 'src') !== undefined) continue;
    for (const match of textOf(script).matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) flight += JSON.parse(match[1]);
  }
  return flight;
}

/** The origin the export was built for (SITE_URL), from its robots.txt or sitemap. */
export function siteOrigin(dir) {
  for (const [file, pattern] of [
    ['robots.txt', /^sitemap:\s*(\S+)/im],
    ['sitemap.xml', /<loc>\s*([^<\s]+)\s*<\/loc>/],
  ]) {
    const full = path.join(dir, file);
    const match = fs.existsSync(full) ? pattern.exec(fs.readFileSync(full, 'utf8')) : null;
    if (match) return new URL(match[1]).origin;
  }
  return null;
}

/**
 * The site path of a URL found on a page, or null when it points off the site. Relative URLs are
 * resolved against the page; absolute ones count as the site's own when they have its origin.
 */
export function sitePath(url, pageUrl, origin) {
  const base = new URL(pageUrl, origin ?? 'http://site.invalid');
  let resolved;
  try {
    resolved = new URL(url, base);
  } catch {
    return { path: null, broken: true };
  }
  if (resolved.origin !== base.origin) return { path: null, broken: false };
  return { path: resolved.pathname, hash: resolved.hash, broken: false };
}

/**
 * The file a static host serves for a site path: the file itself, or a folder's index.html (a
 * folder without its trailing slash is redirected to it by static hosts). Null when there is none.
 */
export function fileFor(dir, sitePathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(sitePathname);
  } catch {
    return null;
  }
  const root = path.resolve(dir);
  const file = path.join(root, decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isFile() && !decoded.endsWith('/')) return file;
  if (stat?.isDirectory() && fs.existsSync(path.join(file, 'index.html'))) return path.join(file, 'index.html');
  return null;
}

/**
 * Runs a check over each export folder and sets the exit code: `check(dir)` returns its problems;
 * each is printed as a FAIL line, else `ok(dir)` is. A missing folder is a failure.
 */
export function checkExports(tool, dirs, check, ok) {
  let failed = false;
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) {
      console.error(`${tool}: ${dir} does not exist: build the site first (npm run build)`);
      failed = true;
      continue;
    }
    const problems = check(dir);
    if (problems.length > 0) {
      failed = true;
      console.error(`\n${tool}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}:`);
      for (const problem of problems) console.error(`  FAIL ${problem}`);
    } else {
      console.log(ok(dir));
    }
  }
  process.exitCode = failed ? 1 : 0;
}
