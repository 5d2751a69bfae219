import type { Page } from '@playwright/test';

/**
 * How a page's animated hero arrived (components/animated-hero.tsx): the still its HTML names in the
 * <img>, the animation it names in data-animated-src, and when each was fetched against the page's
 * load event, from the browser's resource timing (milliseconds from the start of navigation; null
 * when the picture was never fetched).
 */
export type HeroLoading = {
  still: string;
  animated: string;
  stillFetched: number | null;
  animatedFetched: number | null;
  loaded: number;
};

/** Opens `url` and records every picture it requests; `read()` tells how its animated hero arrived. */
export async function openWithHero(page: Page, url: string) {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image') requested.push(request.url());
  });
  const response = await page.goto(url);
  const html = (await response?.text()) ?? '';
  const read = () =>
    page.evaluate((source): HeroLoading => {
      const hero = new DOMParser().parseFromString(source, 'text/html').querySelector('img[data-animated-src]');
      if (!hero) throw new Error('the HTML has no animated hero');
      const absolute = (value: string | null) => new URL(value ?? '', window.location.href).href;
      const still = absolute(hero.getAttribute('src'));
      const animated = absolute(hero.getAttribute('data-animated-src'));
      const fetched = (address: string) => {
        const entries = performance.getEntriesByName(address, 'resource');
        return entries.length > 0 ? Math.min(...entries.map((entry) => entry.startTime)) : null;
      };
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return { still, animated, stillFetched: fetched(still), animatedFetched: fetched(animated), loaded: navigation?.loadEventEnd ?? 0 };
    }, html);
  return { read, requested };
}

/** The address of the picture the hero shows now. */
export const heroShows = (page: Page, name: string) =>
  page.getByRole('img', { name, exact: true }).evaluate((image: HTMLImageElement) => image.currentSrc);
