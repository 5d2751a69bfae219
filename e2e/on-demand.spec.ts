import fs from 'node:fs';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './console';
import { EXPORT_DIR, exportedPaths, isNotFoundPath } from './fixture-export';
import { heroShows, openWithHero } from './hero-loading';

/**
 * The size budget (scripts/budget.mjs) reads what a page's HTML loads. These tests hold the browser
 * to it: before any interaction a page fetches no picture its HTML does not name (such as the heroes
 * of the pages it links to, hinted in prefetched route data), no script or style that no page's HTML
 * names (the lightbox, a search index: anything loaded on demand), and no request fails. Scripts and
 * styles of the pages it links to may come early: the router prefetches them, and each is budgeted
 * on its own page. The lightbox's code loads on the first click, never before. An animated hero
 * fetches its still first and its animation (named in the HTML by data-animated-src, and budgeted)
 * only once the page has loaded, and never for a reader who asks for reduced motion.
 */
type Loaded = { url: string; type: string };

/** Everything a page requests from the site until the network has been quiet, with no interaction. */
async function loadWithoutInteraction(page: Page, url: string) {
  const requests: Loaded[] = [];
  const failures: string[] = [];
  const record = (request: Request) => requests.push({ url: request.url(), type: request.resourceType() });
  page.on('request', record);
  page.on('requestfailed', (request) => {
    // The router aborts probes it no longer needs: that is its choice, not a missing file.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== page.url()) failures.push(`${response.url()}: HTTP ${response.status()}`);
  });
  const response = await page.goto(url);
  await page.waitForLoadState('networkidle');
  // Next prefetches the links in view when the browser is idle: give it that moment.
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  page.off('request', record);
  return { requests, failures, html: (await response?.text()) ?? '' };
}

/** The URLs a page's HTML names for the browser to fetch: scripts, styles, pictures, icons. */
const namedInHtml = (page: Page, html: string) =>
  page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'text/html');
    const base = window.location.href;
    const urls = new Set<string>();
    const add = (value: string | null) => {
      if (value) urls.add(new URL(value, base).href);
    };
    document.querySelectorAll('script[src]').forEach((element) => add(element.getAttribute('src')));
    document.querySelectorAll('link[href]').forEach((element) => add(element.getAttribute('href')));
    document.querySelectorAll('img, source, video').forEach((element) => {
      add(element.getAttribute('src'));
      add(element.getAttribute('data-animated-src'));
      add(element.getAttribute('poster'));
      for (const set of [element.getAttribute('srcset'), element.getAttribute('imagesrcset')]) {
        set?.split(/,\s+/).forEach((candidate) => add(candidate.trim().split(/\s+/)[0] ?? null));
      }
    });
    return [...urls];
  }, html);

const CODE = new Set(['script', 'stylesheet']);
const PICTURES = new Set(['image', 'media', 'font']);

/** The build's scripts and styles that some page's HTML names (site paths). */
const namedByAnyPage = new Set(
  exportedPaths().flatMap((url) => {
    const html = fs.readFileSync(path.join(EXPORT_DIR, url, 'index.html'), 'utf8');
    return [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"?]+)/g)].map((match) => match[1] ?? '');
  }),
);

for (const url of exportedPaths().filter((path) => !isNotFoundPath(path))) {
  test(`${url} fetches nothing before interaction that its HTML does not name`, async ({ page }) => {
    const { requests, failures, html } = await loadWithoutInteraction(page, url);
    expect(failures, 'failed requests').toEqual([]);
    const named = new Set(await namedInHtml(page, html));
    const unnamed = requests
      .filter((request) => !named.has(request.url))
      .filter((request) => PICTURES.has(request.type) || (CODE.has(request.type) && !namedByAnyPage.has(new URL(request.url).pathname)))
      .map((request) => `${request.type} ${request.url}`);
    expect(unnamed, 'fetched before interaction, but named by no HTML the budget reads').toEqual([]);
  });
}

test('the lightbox’s code loads on the first click, not before', async ({ page }) => {
  const { requests } = await loadWithoutInteraction(page, '/muscle/calf/flatfish/');
  const before = new Set(requests.map((request) => request.url));
  const after: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && !before.has(request.url())) after.push(request.url());
  });
  await page.getByRole('region', { name: 'Pictures' }).getByRole('link').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(after.length, 'scripts fetched for the lightbox on the first click').toBeGreaterThan(0);
});

const OLD_FORMAT_HERO = { url: '/muscle/calf/flatfish/', name: 'The Flatfish muscle of the Calf' };

test('an old-format animated hero fetches its still first and its GIF only once the page has loaded', async ({ page }) => {
  const { read } = await openWithHero(page, OLD_FORMAT_HERO.url);
  const { still, animated } = await read();
  expect(still).toMatch(/Calf-Flatfish-1\.png$/);
  expect(animated).toMatch(/Calf-Flatfish\.gif$/);
  await expect.poll(() => heroShows(page, OLD_FORMAT_HERO.name)).toBe(animated);
  const hero = await read();
  expect(hero.stillFetched).toBeLessThan(hero.loaded);
  expect(hero.animatedFetched).toBeGreaterThanOrEqual(hero.loaded);
});

test.describe('for a reader who asks for reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('an animated hero never fetches its animation', async ({ page }) => {
    const { read, requested } = await openWithHero(page, OLD_FORMAT_HERO.url);
    await page.waitForLoadState('networkidle');
    // Past the moment the animation would have been swapped in.
    await page.waitForTimeout(1000);
    const hero = await read();
    expect(await heroShows(page, OLD_FORMAT_HERO.name)).toBe(hero.still);
    expect(requested).toContain(hero.still);
    expect(requested).not.toContain(hero.animated);
  });
});
