import { test as withoutConsoleCheck, type Page } from '@playwright/test';
import { expect, test } from '../console';

/**
 * The site as served (serve with <export>/serve.json and each page's <meta> policy, written by
 * scripts/security-headers.mjs) under its Content-Security-Policy: the headers are sent, and no page
 * type breaks under them, loading or in use. The console fixture fails any test on a console error,
 * which is where Chromium reports a refused script, style, image or fetch; the page's own
 * securitypolicyviolation events are collected besides, to name what was refused.
 */

const PAGES: [string, string][] = [
  ['home', '/'],
  ['index', '/muscle/'],
  ['region', '/muscle/leg/'],
  ['group', '/muscle/leg/superficialposterior/'],
  ['muscle', '/muscle/leg/soleus/'],
  ['nerve', '/nerves/tibial-nerve/'],
  ['movement', '/actions/ankle-plantarflexion/'],
  ['search', '/search/?q=soleus'],
];

/** Every CSP violation the page reports, as "directive: blocked URI". */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('every response carries the security headers', async ({ page }) => {
  for (const url of ['/', '/muscle/leg/soleus/', '/search-index.json', '/does-not-exist/']) {
    const response = await page.request.get(url);
    const headers = response.headers();
    expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], url).toContain("object-src 'none'");
    expect(headers['content-security-policy'], url).toContain("base-uri 'self'");
    expect(headers['content-security-policy'], url).not.toMatch(/'unsafe-eval'/);
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], url).toContain('camera=()');
  }
});

for (const [kind, url] of PAGES) {
  test(`the ${kind} page runs under the policy: no violation, and its scripts ran`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // Each page's inline scripts are allowed by hash in its <meta> policy, and by nothing else.
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+; object-src 'none'; base-uri 'self'$/);
    // The header's search is the first thing to come alive: it needs the page's scripts to run.
    await page.getByRole('combobox', { name: 'Search the atlas' }).click();
    await page.keyboard.type('sole');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('Soleus');
    expect(await violations()).toEqual([]);
  });
}

test('the picture viewer opens under the policy (its script, stylesheet and pictures load)', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/muscle/leg/soleus/');
  await page.getByRole('region', { name: 'Pictures' }).getByRole('link').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await violations()).toEqual([]);
});

// Chromium reports the refusal on the console, which is what this test wants: no console check here.
withoutConsoleCheck('an inline script that is not the page’s own is refused', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/muscle/leg/soleus/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(await violations()).toEqual([expect.stringMatching(/^script-src(-elem)?: inline$/)]);
});
