// Size budget of every exported page, before any interaction:
//   - JavaScript: the gzip bytes of the scripts its HTML loads (files, preloads and inline scripts),
//     next to the framework's own floor. A page may exceed the floor by at most JS_BUDGET. The copy of
//     the inlined stylesheet that the RSC payload carries (experimental.inlineCss) is script bytes
//     like the rest of the payload and counts; --detail shows what it costs.
//   - Pictures: the bytes of the images (and autoplaying video) its HTML loads eagerly, and of the animation
//     an animated hero swaps in when the page is idle (data-animated-src), at most PICTURE_BUDGET.
// Prints a table and fails on any excess, naming the page and what causes it.
//
// Usage: node scripts/budget.mjs [export-dir ...] [--detail /muscle/leg/soleus/]
//
// The floor is what a bare page of the same Next.js version and export settings loads: scripts/floor-app
// is that page (a root layout and a paragraph), built next to the site and measured the same way
// (files and inline payload). It holds the framework's bootstrap chunks (React, the App Router runtime,
// Turbopack's loader) and the router's client components any layout loads. Everything a page loads
// beyond it counts against the budget: our layout's client code (header search, share), the route's
// own chunks and the part of the inline RSC payload that our HTML adds. As a check on the reading, the
// scripts a page loads that its payload never names must be the same on every page and, when .next/
// holds this build, the build manifest's rootMainFiles.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { FLOOR_APP, floorExport } from './floor.mjs';
import { attribute, checkExports, elements, exportedPages, fileFor, flightData, isJavaScript, readHtml, siteOrigin, sitePath, srcsetUrls, textOf } from './export-reader.mjs';

/**
 * JavaScript a page may load before interaction above the framework floor, in gzip bytes: files and
 * inline scripts alike, the stylesheet's copy in the RSC payload included. Our pages need about 8 KB
 * today (issue 16); 10 KB leaves room for the features to come.
 */
const JS_BUDGET = 10 * 1024;
/**
 * Pictures a page may load before interaction. The hero is a page's largest paint: on the slow 4G of
 * Lighthouse's mobile profile (1.6 Mbit/s) 250 KB take about 1.3 s, which leaves room for the HTML,
 * CSS and scripts inside a 2.5 s LCP.
 */
const PICTURE_BUDGET = 250 * 1024;

const args = process.argv.slice(2);
const detail = args.includes('--detail') ? args.splice(args.indexOf('--detail'), 2)[1] : undefined;
const dirs = args.length > 0 ? args : ['out'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length);
  return gzipCache.get(file);
}

/** What one page loads before interaction, read from its HTML. */
function measure(dir, page, origin) {
  const document = readHtml(page.file);
  const scripts = new Map(); // site path → how the page asks for it
  const pictures = new Map();
  const remote = new Set();
  const missing = [];
  let inline = '';
  const styles = [];
  const bytesOf = (url) => {
    const target = sitePath(url, page.url, origin).path;
    const file = target === null ? null : fileFor(dir, target);
    return file ? fs.statSync(file).size : 0;
  };
  const local = (url, how, into) => {
    const { path: target } = sitePath(url, page.url, origin);
    if (target === null) {
      remote.add(url);
      return;
    }
    if (!into.has(target)) into.set(target, how);
  };
  for (const element of elements(document)) {
    const tag = element.tagName;
    if (tag === 'script' && isJavaScript(element)) {
      const src = attribute(element, 'src');
      if (src === undefined) inline += textOf(element);
      else if (attribute(element, 'nomodule') === undefined) local(src, 'script', scripts);
    } else if (tag === 'style') {
      styles.push(textOf(element));
    } else if (tag === 'link') {
      const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attribute(element, 'href');
      if (rel.includes('modulepreload') && href) local(href, 'modulepreload', scripts);
      if (rel.includes('preload') && attribute(element, 'as') === 'script' && href) local(href, 'preload', scripts);
      if (rel.includes('preload') && attribute(element, 'as') === 'image') {
        const set = attribute(element, 'imagesrcset');
        for (const url of set ? srcsetUrls(set) : href ? [href] : []) local(url, 'preloaded picture', pictures);
      }
      if (rel.includes('icon') && href) local(href, 'icon', pictures);
    } else if (tag === 'img' && attribute(element, 'loading') !== 'lazy') {
      const src = attribute(element, 'src');
      const set = attribute(element, 'srcset');
      // A browser picks one candidate; the budget counts the largest, as a high-density screen would.
      const candidates = [...(src ? [src] : []), ...(set ? srcsetUrls(set) : [])];
      const largest = candidates.sort((a, b) => bytesOf(b) - bytesOf(a))[0];
      if (largest) local(largest, 'eager <img>', pictures);
      // An animated hero shows its still first and fetches the animation once the page is idle, with
      // no interaction: it counts (components/animated-hero.tsx).
      const animated = attribute(element, 'data-animated-src');
      if (animated) local(animated, 'animated hero, fetched when idle', pictures);
    } else if (tag === 'video') {
      const poster = attribute(element, 'poster');
      if (poster) local(poster, 'video poster', pictures);
      if (attribute(element, 'autoplay') !== undefined && attribute(element, 'preload') !== 'none') {
        const source = element.childNodes.find((child) => child.tagName === 'source' && attribute(child, 'src'));
        const src = attribute(element, 'src') ?? (source ? attribute(source, 'src') : undefined);
        if (src) local(src, 'autoplaying video', pictures);
      }
    }
  }

  const sized = (entries, size) =>
    [...entries].map(([target, how]) => {
      const file = fileFor(dir, target);
      if (!file) missing.push(target);
      return { target, how, file, bytes: file ? size(file) : 0 };
    });
  // With inlined CSS (next.config.js), the payload carries copies of each <style> for client
  // navigations. They are script bytes like any other (the browser downloads and parses them as part of
  // the inline scripts) and count; the detail shows what they cost, measured as the difference they
  // make to the gzip size of the inline scripts. Only an exact copy is found.
  // A <style> joins the stylesheets with line breaks; the payload holds each as a text row, escaped
  // as a JavaScript string with <, > and & as \u003c, \u003e and \u0026.
  let withoutCss = inline;
  for (const sheet of styles.flatMap((style) => style.split('\n'))) {
    const copy = JSON.stringify(sheet)
      .slice(1, -1)
      .replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
    // It may stand more than once (the layout's and the page's segments each carry theirs).
    if (sheet.length > 0) withoutCss = withoutCss.split(copy).join('');
  }
  const gzip = (text) => (text === '' ? 0 : zlib.gzipSync(Buffer.from(text), { level: 9 }).length);
  const flight = flightData(document);
  return {
    scripts: sized(scripts, gzipSize).map((entry) => ({ ...entry, named: flight.includes(entry.target) })),
    inlineBytes: gzip(inline),
    cssInPayloadBytes: gzip(inline) - gzip(withoutCss),
    // Pictures are compressed already: their bytes as stored.
    pictures: sized(pictures, (file) => fs.statSync(file).size),
    remote: [...remote],
    missing,
  };
}

/** The JavaScript a bare page of this Next.js version loads, built once per version. */
function bareFloor() {
  const out = floorExport();
  const page = exportedPages(out).find((candidate) => candidate.url === '/');
  if (!page) throw new Error(`${out}: the bare page was not exported`);
  const bare = measure(out, page, siteOrigin(out));
  return bare.scripts.reduce((sum, script) => sum + script.bytes, 0) + bare.inlineBytes;
}

/** The build manifest's rootMainFiles, when .next/ holds the build this export came from. */
function manifestFramework(dir) {
  const buildId = fs.existsSync('.next/BUILD_ID') ? fs.readFileSync('.next/BUILD_ID', 'utf8').trim() : null;
  if (!buildId || !fs.existsSync(path.join(dir, '_next', 'static', buildId))) return null;
  const manifest = JSON.parse(fs.readFileSync('.next/build-manifest.json', 'utf8'));
  return manifest.rootMainFiles?.map((file) => `/_next/${file}`) ?? null;
}

function check(dir) {
  const origin = siteOrigin(dir);
  const pages = exportedPages(dir).map((page) => ({ ...page, ...measure(dir, page, origin) }));
  const problems = [];
  if (pages.length === 0) return [`${dir}: no HTML pages: build the site first`];

  // The framework floor: scripts no page's payload names, the same on every page.
  const frameworkOf = (page) => page.scripts.filter((script) => !script.named).map((script) => script.target).sort();
  const framework = frameworkOf(pages[0]);
  for (const page of pages) {
    if (frameworkOf(page).join() !== framework.join()) {
      problems.push(`${page.url}: loads framework chunks [${frameworkOf(page).join(', ')}] where other pages load [${framework.join(', ')}]: the floor cannot be told`);
    }
  }
  const fromManifest = manifestFramework(dir);
  let source = 'the scripts every page loads that no page payload names';
  if (fromManifest) {
    if ([...fromManifest].sort().join() !== framework.join()) {
      problems.push(`the framework chunks read from the pages [${framework.join(', ')}] are not the build manifest's rootMainFiles [${fromManifest.join(', ')}]`);
    } else {
      source += ", which are the build manifest's rootMainFiles";
    }
  }
  const bootstrap = pages[0].scripts.filter((script) => framework.includes(script.target)).reduce((sum, script) => sum + script.bytes, 0);
  const floor = bareFloor();
  const everyPage = (target) => pages.every((page) => page.scripts.some((script) => script.target === target));

  const rows = [];
  for (const page of pages) {
    const own = page.scripts.filter((script) => !framework.includes(script.target));
    const ownBytes = bootstrap + own.reduce((sum, script) => sum + script.bytes, 0) + page.inlineBytes - floor;
    const pictureBytes = page.pictures.reduce((sum, picture) => sum + picture.bytes, 0);
    const status = [];
    if (ownBytes > JS_BUDGET) {
      const causes = [
        ...own.map((script) => ({ bytes: script.bytes, what: `${script.target} (${script.how}, ${everyPage(script.target) ? 'loaded by every page: the root layout' : "this route's layout or page"})` })),
        { bytes: page.inlineBytes, what: 'inline scripts (the RSC payload of the page, grows with its HTML)' },
      ]
        .sort((a, b) => b.bytes - a.bytes)
        .map((cause) => `${kb(cause.bytes)} ${cause.what}`);
      problems.push(`${page.url}: ${kb(ownBytes)} of JavaScript over the framework floor, ${kb(ownBytes - JS_BUDGET)} more than the ${kb(JS_BUDGET)} budget:\n      ${causes.join('\n      ')}`);
      status.push('JS over budget');
    }
    if (pictureBytes > PICTURE_BUDGET) {
      const causes = [...page.pictures].sort((a, b) => b.bytes - a.bytes).map((picture) => `${kb(picture.bytes)} ${picture.target} (${picture.how})`);
      problems.push(`${page.url}: ${kb(pictureBytes)} of pictures before interaction, more than the ${kb(PICTURE_BUDGET)} budget:\n      ${causes.join('\n      ')}`);
      status.push('pictures over budget');
    }
    for (const target of page.missing) problems.push(`${page.url}: loads ${target}, which is not in the export`);
    rows.push([page.url, kb(floor + ownBytes), `+${kb(ownBytes)}`, kb(JS_BUDGET - ownBytes), kb(pictureBytes) + (page.remote.length > 0 ? ` + ${page.remote.length} remote` : ''), status.join(', ') || 'ok']);
    if (detail === page.url) {
      console.log(`${page.url} loads before interaction:`);
      for (const script of page.scripts) console.log(`  ${kb(script.bytes).padStart(9)}  ${script.target} (${script.how}${framework.includes(script.target) ? ', framework' : ''})`);
      console.log(`  ${kb(page.inlineBytes).padStart(9)}  inline scripts`);
      if (page.cssInPayloadBytes > 0) console.log(`  ${kb(page.cssInPayloadBytes).padStart(9)}  of which the copy of the inlined stylesheet in the payload (counted: script bytes all the same)`);
      for (const picture of page.pictures) console.log(`  ${kb(picture.bytes).padStart(9)}  ${picture.target} (${picture.how}, raw bytes)`);
      for (const url of page.remote) console.log(`  ${'remote'.padStart(9)}  ${url} (not measured)`);
    }
  }

  const header = ['page', 'JS gzip', 'over floor', 'JS budget left', 'pictures', 'status'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => `| ${cells.map((cell, column) => (column === 0 || column === 5 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  console.log(`\n${dir}: ${pages.length} HTML documents. Framework floor ${kb(floor)} gzip: what a bare page of this Next.js version loads (${FLOOR_APP}); of it, ${kb(bootstrap)} are the ${framework.length} bootstrap chunks (${source}).`);
  console.log(`Budget: ${kb(JS_BUDGET)} of JavaScript above the floor and ${kb(PICTURE_BUDGET)} of pictures per page, before interaction.\n`);
  console.log(line(header));
  console.log(`|${widths.map((width, column) => (column === 0 || column === 5 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  const worst = [...pages].map((page, index) => ({ page, own: Number.parseFloat(rows[index][2].slice(1)) })).sort((a, b) => b.own - a.own)[0];
  console.log(`\nLargest excess over the floor: ${worst.own.toFixed(1)} KB (${worst.page.url}).`);
  return problems;
}

checkExports('budget', dirs, check, (dir) => `budget: every page of ${dir} is within budget.`);
