// Lighthouse benchmark of the exported site (out/) in Debian's Chromium, with Lighthouse's mobile
// settings (a mid-range phone on slow 4G, simulated): every page type (home, the index, a region, a
// group, a muscle, a nerve, a movement, search), several runs each, round-robin, next to two pages
// measured in the same run:
//   - the bare page: a root layout and a paragraph built with the same Next.js version and export
//     settings (scripts/floor-app), the framework's floor. Each page's TBT is shown over the bare page's.
//   - a plain-HTML copy of the muscle page (its scripts removed): the muscle page's LCP is shown as a
//     ratio to the copy's, the framework's cost on the largest paint.
// The site is served as `npm start` serves it: serve-handler with out/serve.json (the security
// headers, scripts/security-headers.mjs), compressed. Prints the medians of the four scores and of
// LCP, FCP, TBT and CLS, and whether each page meets the targets of issue 16: performance 98 or more,
// TBT within 50 ms of the bare page's, the muscle page's LCP within 1.4 times its plain copy's.
//
// The timings are a benchmark, not a gate: this machine is shared, so only numbers of one run are
// compared. Accessibility, best practices and SEO must be 100 on every run of every page of the site:
// the script fails otherwise and names the audits that fell short.
//
// Usage: node scripts/lighthouse.mjs [--runs 5] [--out out] [--port 3390] [--json summary.json]
//                                    [--page name=/path/ ...]   (replaces the default pages)
//                                    [--diagnose]   (prints where each page's main thread goes)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import compression from 'compression';
import lighthouse from 'lighthouse';
import { parse, serialize } from 'parse5';
import serveHandler from 'serve-handler';
import { floorExport } from './floor.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    out: { type: 'string', default: 'out' },
    port: { type: 'string', default: '3390' },
    json: { type: 'string' },
    page: { type: 'string', multiple: true },
    diagnose: { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const OUT = values.out;
const ORIGIN = `http://127.0.0.1:${values.port}`;
const PLAIN = '/__plain__';
const BARE_ORIGIN = `http://127.0.0.1:${Number(values.port) + 1}`;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const LIGHTHOUSE_VERSION = JSON.parse(fs.readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const GATED = ['accessibility', 'best-practices', 'seo'];

const DEFAULT_PAGES = [
  ['home', '/'],
  ['index', '/muscle/'],
  ['region', '/muscle/leg/'],
  ['group', '/muscle/leg/superficialposterior/'],
  ['muscle', '/muscle/leg/soleus/'],
  ['nerve', '/nerves/tibial-nerve/'],
  ['movement', '/actions/ankle-plantarflexion/'],
  ['search', '/search/?q=soleus'],
];
const pages = (values.page ?? []).length > 0 ? values.page.map((entry) => entry.split('=')) : DEFAULT_PAGES;
const musclePath = (pages.find(([name]) => name === 'muscle') ?? pages.at(-1))[1];
const BARE = 'bare page';
const PLAIN_NAME = 'muscle, plain HTML';
const targets = [
  { name: BARE, url: '/', origin: BARE_ORIGIN, gated: false },
  ...pages.map(([name, url]) => ({ name, url, origin: ORIGIN, gated: true })),
  { name: PLAIN_NAME, url: `${PLAIN}${musclePath}`, origin: ORIGIN, gated: false },
];
/** Issue 16's targets, medians of one run: performance, TBT over the bare page, the muscle page's LCP over its plain copy. */
const TARGET = { performance: 98, tbtOverBare: 50, lcpOverPlain: 1.4 };
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a whole number of at least 1');
for (const [, url] of pages) {
  if (!fs.existsSync(path.join(OUT, url.replace(/[?#].*$/, ''), 'index.html'))) {
    console.error(`lighthouse: ${OUT}${url}index.html does not exist: build the site first (npm run build), or name other pages with --page`);
    process.exit(1);
  }
}

/** The muscle page with every script taken out (JSON-LD stays: it is data, not code). */
function plainCopy(url) {
  const document = parse(fs.readFileSync(path.join(OUT, url, 'index.html'), 'utf8'));
  const strip = (node) => {
    node.childNodes = (node.childNodes ?? []).filter((child) => {
      const attribute = (name) => child.attrs?.find((candidate) => candidate.name === name)?.value;
      if (child.tagName === 'script') return attribute('type') === 'application/ld+json';
      if (child.tagName === 'link') return !/\b(modulepreload)\b/.test(attribute('rel') ?? '') && !(attribute('rel') === 'preload' && attribute('as') === 'script');
      return true;
    });
    node.childNodes.forEach(strip);
  };
  strip(document);
  return serialize(document);
}

// The export, served as `npm start` serves it (serve-handler with its serve.json, compressed), plus
// the plain copy; and the bare page on a port of its own (its /_next/ files would clash with the site's).
const serveConfig = (dir) => {
  const file = path.join(dir, 'serve.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
};
const siteConfig = { ...serveConfig(OUT), public: OUT };
const compress = compression();
const server = http.createServer((request, response) => {
  compress(request, response, () => {
    if (request.url?.startsWith(PLAIN)) {
      const url = request.url.slice(PLAIN.length).replace(/[?#].*$/, '');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(plainCopy(url));
      return;
    }
    serveHandler(request, response, siteConfig);
  });
});
const bareConfig = { public: floorExport() };
const bareServer = http.createServer((request, response) => compress(request, response, () => serveHandler(request, response, bareConfig)));
await new Promise((resolve) => server.listen(Number(values.port), '127.0.0.1', resolve));
await new Promise((resolve) => bareServer.listen(Number(values.port) + 1, '127.0.0.1', resolve));

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
const results = new Map(targets.map((target) => [target.name, []]));
const failures = [];
const diagnoses = [];
const started = Date.now();
try {
  for (let run = 1; run <= RUNS; run += 1) {
    // Round-robin, so that a slow moment of the machine falls on every page alike.
    for (const target of targets) {
      const result = await lighthouse(`${target.origin}${target.url}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${target.url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${target.url}: ${lhr.runtimeError.message}`);
      const score = (category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
      const metric = (audit) => lhr.audits[audit]?.numericValue ?? Number.NaN;
      results.get(target.name).push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        lcp: metric('largest-contentful-paint'),
        fcp: metric('first-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        bytes: metric('total-byte-weight'),
      });
      if (values.diagnose && run === RUNS) diagnoses.push(diagnose(target, lhr));
      if (target.gated) {
        for (const category of GATED) {
          if (score(category) === 100) continue;
          const failing = lhr.categories[category].auditRefs
            .map((ref) => lhr.audits[ref.id])
            .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual');
          // The results page asks not to be indexed (app/search/page.tsx): that audit is its choice.
          if (category === 'seo' && target.url.startsWith('/search/') && failing.every((audit) => audit.id === 'is-crawlable')) continue;
          const shortOf = failing.map((audit) => `${audit.id}: ${audit.title}`);
          failures.push(`${target.url} (run ${run}): ${lhr.categories[category].title} ${score(category)}: ${shortOf.join('; ') || 'no failing audit named'}`);
        }
      }
      process.stdout.write(`  run ${run}/${RUNS} ${target.name.padEnd(18)} performance ${String(score('performance')).padStart(3)}, benchmark index ${Math.round(lhr.environment?.benchmarkIndex ?? 0)}, TBT ${String(Math.round(metric('total-blocking-time'))).padStart(4)} ms, LCP ${Math.round(metric('largest-contentful-paint'))} ms\n`);
    }
  }
} finally {
  chrome.kill();
  server.close();
  bareServer.close();
}

/** Where a page's main thread went in one run: Lighthouse's breakdown by kind of work and by script, and its long tasks. */
function diagnose(target, lhr) {
  const items = (audit) => lhr.audits[audit]?.details?.items ?? [];
  const ms = (value) => `${Math.round(value)} ms`;
  const out = [`\n${target.name} (${target.url}), last run: main thread ${ms(lhr.audits['mainthread-work-breakdown']?.numericValue ?? 0)} (4× CPU slowdown)`];
  out.push(`  by kind: ${items('mainthread-work-breakdown').map((item) => `${item.groupLabel ?? item.group} ${ms(item.duration)}`).join(', ')}`);
  for (const item of items('bootup-time').slice(0, 6)) out.push(`  script ${String(item.url).replace(target.origin, '')}: total ${ms(item.total)}, evaluation ${ms(item.scripting)}, parse and compile ${ms(item.scriptParseCompile)}`);
  const lcpElement = items('largest-contentful-paint-element');
  const element = lcpElement[0]?.items?.[0]?.node;
  const phases = lcpElement[1]?.items ?? [];
  if (element) out.push(`  largest paint: ${element.nodeLabel ?? ''} ${element.snippet ?? ''}`);
  if (phases.length > 0) out.push(`  largest paint's phases: ${phases.map((phase) => `${phase.phase} ${ms(phase.timing)}`).join(', ')}`);
  for (const item of items('long-tasks').slice(0, 8)) out.push(`  long task at ${ms(item.startTime)}: ${ms(item.duration)} (${String(item.url).replace(target.origin, '')})`);
  return out.join('\n');
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = targets.map((target) => {
  const runs = results.get(target.name);
  const of = (key) => median(runs.map((run) => run[key]));
  return { page: target.name, url: target.url, runs: runs.length, performance: of('performance'), accessibility: of('accessibility'), bestPractices: of('best-practices'), seo: of('seo'), lcp: of('lcp'), fcp: of('fcp'), tbt: of('tbt'), cls: of('cls'), bytes: of('bytes') };
});

const bare = summary.find((row) => row.page === BARE);
const plain = summary.find((row) => row.page === PLAIN_NAME);
const muscle = summary.find((row) => row.url === musclePath);
/** Whether a page of the site meets the targets, measured against the bare page (and the plain copy) of this run. */
const verdict = (row) => {
  if (row === bare || row === plain) return 'reference';
  const misses = [];
  if (row.performance < TARGET.performance) misses.push(`performance < ${TARGET.performance}`);
  if (row.tbt - bare.tbt > TARGET.tbtOverBare) misses.push(`TBT > bare + ${TARGET.tbtOverBare} ms`);
  if (row === muscle && plain && row.lcp / plain.lcp > TARGET.lcpOverPlain) misses.push(`LCP > ${TARGET.lcpOverPlain}× plain`);
  return misses.length === 0 ? 'yes' : `no: ${misses.join(', ')}`;
};
const signed = (value) => `${value >= 0 ? '+' : '−'}${Math.abs(Math.round(value))} ms`;
const rows = summary.map((row) => [
  row.page,
  row.url.startsWith(PLAIN) ? `${row.url.slice(PLAIN.length)} (plain)` : row.page === BARE ? '/ (scripts/floor-app)' : row.url,
  String(row.runs),
  String(row.performance),
  String(row.accessibility),
  String(row.bestPractices),
  String(row.seo),
  `${Math.round(row.lcp)} ms`,
  `${Math.round(row.fcp)} ms`,
  `${Math.round(row.tbt)} ms`,
  row === bare ? '' : signed(row.tbt - bare.tbt),
  row.cls.toFixed(3),
  `${(row.bytes / 1024).toFixed(0)} KB`,
  verdict(row),
]);
const header = ['page', 'URL', 'runs', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'FCP', 'TBT', 'TBT over bare', 'CLS', 'transferred', 'meets targets'];
const left = new Set([0, 1, 13]);
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => (left.has(column) ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
console.log(`\nLighthouse ${LIGHTHOUSE_VERSION}, medians of ${RUNS} run${RUNS === 1 ? '' : 's'}, mobile settings (simulated slow 4G, 4× CPU slowdown), ${path.basename(CHROMIUM)}, ${((Date.now() - started) / 1000).toFixed(0)} s:\n`);
console.log(line(header));
console.log(`|${widths.map((width, column) => (left.has(column) ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));

if (muscle && plain) {
  console.log(
    `\nThe framework's cost on ${musclePath}: LCP ${Math.round(muscle.lcp)} ms against ${Math.round(plain.lcp)} ms without JavaScript ` +
      `(×${(muscle.lcp / plain.lcp).toFixed(2)}, target ×${TARGET.lcpOverPlain}), FCP ×${(muscle.fcp / plain.fcp).toFixed(2)}, ${(muscle.bytes / 1024).toFixed(0)} KB against ${(plain.bytes / 1024).toFixed(0)} KB transferred (×${(muscle.bytes / plain.bytes).toFixed(1)}), performance ${muscle.performance} against ${plain.performance}.`,
  );
}
const site = summary.filter((row) => row !== bare && row !== plain);
const worst = [...site].sort((a, b) => b.tbt - a.tbt)[0];
if (worst) console.log(`Largest TBT over the bare page's ${Math.round(bare.tbt)} ms: ${signed(worst.tbt - bare.tbt)} (${worst.page}, target +${TARGET.tbtOverBare} ms); lowest performance ${Math.min(...site.map((row) => row.performance))} (target ${TARGET.performance}).`);
for (const text of diagnoses) console.log(text);
if (values.json) fs.writeFileSync(values.json, `${JSON.stringify({ runs: RUNS, summary }, null, 2)}\n`);

if (failures.length > 0) {
  console.error(`\nlighthouse: accessibility, best practices and SEO must be 100 on every run:`);
  for (const failure of failures) console.error(`  FAIL ${failure}`);
  process.exitCode = 1;
} else {
  console.log('\nlighthouse: accessibility, best practices and SEO are 100 on every run of every page.');
}
