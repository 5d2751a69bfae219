// Link integrity of an exported site, read from its files as a crawler and a static host see them:
//   1. every internal link, image, video, stylesheet, script and Open Graph image resolves to a
//      file of the export, and every #fragment to an element of the page it names;
//   2. every page is reachable from /muscle/ by following links;
//   3. the sitemap lists exactly the pages, each once;
//   4. every canonical URL is one of them.
// A page is an exported HTML document that asks to be indexed (no noindex) and is its own canonical
// URL; alias and same_as documents name another page as canonical. New routes are covered as they
// appear: nothing here lists them.
//
// Usage: node scripts/links.mjs [export-dir ...]
import fs from 'node:fs';
import path from 'node:path';
import { attribute, checkExports, elements, exportedPages, fileFor, isNotFoundPage, readHtml, siteOrigin, sitePath, srcsetUrls } from './export-reader.mjs';

const START = '/muscle/';
/** Attributes that load or link a URL, by element. */
const URL_ATTRIBUTES = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  // data-animated-src: the animation an animated hero swaps in for its still (components/animated-hero.tsx).
  img: ['src', 'srcset', 'data-animated-src'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};
/** Link relations that name no file to fetch. */
const NOT_FETCHED = new Set(['preconnect', 'dns-prefetch', 'canonical', 'alternate']);
const META_URLS = new Set(['og:image', 'og:url', 'twitter:image', 'og:image:url', 'og:image:secure_url']);

function check(dir) {
  const problems = [];
  const origin = siteOrigin(dir);
  if (!origin) problems.push(`${dir}: neither robots.txt nor sitemap.xml names the site's origin`);
  const documents = exportedPages(dir).map((page) => ({ ...page, document: readHtml(page.file) }));
  const byUrl = new Map(documents.map((entry) => [entry.url, entry]));
  const idsOf = new Map();
  const ids = (url) => {
    if (!idsOf.has(url)) {
      const entry = byUrl.get(url);
      idsOf.set(url, new Set(entry ? [...elements(entry.document)].flatMap((element) => [attribute(element, 'id'), element.tagName === 'a' ? attribute(element, 'name') : undefined]).filter(Boolean) : []));
    }
    return idsOf.get(url);
  };
  const absolutePath = (url) => {
    try {
      const parsed = new URL(url);
      return parsed.origin === origin ? parsed.pathname : null;
    } catch {
      return null;
    }
  };

  // 1. Every internal URL resolves; collect each document's links, canonical and robots.
  let checked = 0;
  for (const entry of documents) {
    entry.links = [];
    entry.canonicals = [];
    entry.noindex = false;
    for (const element of elements(entry.document)) {
      const tag = element.tagName;
      if (tag === 'meta') {
        const name = (attribute(element, 'name') ?? attribute(element, 'property') ?? '').toLowerCase();
        const content = attribute(element, 'content') ?? '';
        if (name === 'robots' && /noindex/i.test(content)) entry.noindex = true;
        if (META_URLS.has(name)) {
          checked += 1;
          const target = absolutePath(content);
          if (target === null && content.startsWith(origin ?? '\u0000')) problems.push(`${entry.url}: <meta ${name}> ${content} is not a URL`);
          else if (target !== null && !fileFor(dir, target)) problems.push(`${entry.url}: <meta ${name}> ${content} names ${target}, which is not in the export`);
        }
        continue;
      }
      const names = URL_ATTRIBUTES[tag];
      if (!names) continue;
      const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (tag === 'link' && rel.includes('canonical')) entry.canonicals.push(attribute(element, 'href') ?? '');
      if (tag === 'link' && rel.some((relation) => NOT_FETCHED.has(relation))) continue;
      for (const name of names) {
        const value = attribute(element, name);
        if (value === undefined) continue;
        for (const url of name === 'srcset' ? srcsetUrls(value) : [value]) {
          if (/^(mailto|tel):/i.test(url)) continue;
          checked += 1;
          const target = sitePath(url, entry.url, origin);
          if (target.broken) {
            problems.push(`${entry.url}: <${tag} ${name}="${url}"> is not a URL`);
            continue;
          }
          if (target.path === null) continue; // another site
          const file = fileFor(dir, target.path);
          if (!file) {
            problems.push(`${entry.url}: <${tag} ${name}="${url}"> goes to ${target.path}, which is not in the export`);
            continue;
          }
          if (target.hash && target.hash !== '#' && tag === 'a') {
            const page = file.endsWith('index.html') ? target.path.replace(/[^/]*$/, '') : target.path;
            const id = decodeURIComponent(target.hash.slice(1));
            if (byUrl.has(page) && !ids(page).has(id)) problems.push(`${entry.url}: <a href="${url}"> names #${id}, which ${page} does not have`);
          }
          if (tag === 'a' || tag === 'area') {
            const page = file.endsWith(`${path.sep}index.html`) ? `/${path.relative(dir, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/') : null;
            if (page !== null) entry.links.push(page);
          }
        }
      }
    }
  }

  // Pages: indexable documents that are their own canonical URL.
  const canonicalOf = (entry) => (entry.canonicals.length > 0 ? absolutePath(entry.canonicals[0]) : entry.url);
  const pages = new Set();
  const alternates = [];
  for (const entry of documents) {
    if (isNotFoundPage(entry.url) || entry.noindex) continue;
    if (entry.canonicals.length > 1) problems.push(`${entry.url}: has ${entry.canonicals.length} canonical links`);
    const canonical = canonicalOf(entry);
    if (canonical === entry.url) pages.add(entry.url);
    else alternates.push({ entry, canonical });
  }

  // 4. Every canonical URL is one of the pages.
  for (const entry of documents) {
    for (const href of entry.canonicals) {
      const target = absolutePath(href);
      if (target === null) problems.push(`${entry.url}: canonical ${href} is not an absolute URL of ${origin}`);
      else if (!pages.has(target)) problems.push(`${entry.url}: canonical ${href} is not a page of the site (${byUrl.has(target) ? 'it is not indexable or not its own canonical' : 'no such page in the export'})`);
    }
    if (isNotFoundPage(entry.url) && !entry.noindex) problems.push(`${entry.url}: the not-found page does not ask robots not to index it`);
  }

  // 2. Every page is reachable from /muscle/.
  const reached = new Set();
  const queue = [START];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (reached.has(url) || !byUrl.has(url)) continue;
    reached.add(url);
    queue.push(...byUrl.get(url).links);
  }
  if (!byUrl.has(START)) problems.push(`${START} is not in the export`);
  for (const page of pages) if (!reached.has(page)) problems.push(`${page}: not reachable by links from ${START}`);

  // 3. The sitemap lists exactly the pages, each once.
  const sitemapFile = path.join(dir, 'sitemap.xml');
  const listed = fs.existsSync(sitemapFile) ? [...fs.readFileSync(sitemapFile, 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1]) : [];
  if (listed.length === 0) problems.push('sitemap.xml is missing or lists nothing');
  const seen = new Set();
  for (const loc of listed) {
    const target = absolutePath(loc);
    if (target === null) problems.push(`sitemap.xml lists ${loc}, which is not a URL of ${origin}`);
    else if (seen.has(target)) problems.push(`sitemap.xml lists ${loc} twice`);
    else if (!pages.has(target)) problems.push(`sitemap.xml lists ${loc}, which is not a page (${byUrl.has(target) ? 'not indexable or not its own canonical' : 'not in the export'})`);
    if (target !== null) seen.add(target);
  }
  for (const page of pages) if (!seen.has(page)) problems.push(`${page}: a page the sitemap does not list`);
  const robots = path.join(dir, 'robots.txt');
  const sitemapUrl = fs.existsSync(robots) ? /^sitemap:\s*(\S+)/im.exec(fs.readFileSync(robots, 'utf8'))?.[1] : undefined;
  if (!sitemapUrl || absolutePath(sitemapUrl) !== '/sitemap.xml') problems.push(`robots.txt does not point to ${origin}/sitemap.xml`);

  const notFound = documents.filter((entry) => isNotFoundPage(entry.url)).length;
  console.log(
    `links: ${dir}: ${documents.length} HTML documents (${pages.size} pages, ${alternates.length} alias or same_as documents with a canonical page, ${notFound} not-found pages, ${documents.length - pages.size - alternates.length - notFound} not indexed); ` +
      `${checked} URLs checked; ${reached.size} documents reached from ${START}; sitemap lists ${listed.length}.`,
  );
  return problems;
}

checkExports('links', process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['out'], check, (dir) => `links: every link of ${dir} resolves, every page is reachable and listed once, every canonical URL is a page.`);
