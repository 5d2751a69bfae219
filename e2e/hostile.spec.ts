import type { Page } from '@playwright/test';
import { expect, test } from './console';

/**
 * The fixture page e2e/fixtures/atlas/muscle/calf/hostile.md carries scripts, event handlers,
 * `javascript:` links and MDX expressions in its front matter and body. In the exported page, in a
 * real browser, none of it runs and none of it is markup: it is sanitised away or shown as text.
 */
const HOSTILE = '/muscle/calf/hostile/';

/** What the page's DOM holds that could run code, and whether anything already ran. */
const dangers = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    if ('__atlasPwned' in window) found.push('content code ran: window.__atlasPwned is set');
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${attribute.name} on <${element.tagName.toLowerCase()}>`);
      }
      for (const name of ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href']) {
        const value = element.getAttribute(name);
        if (value !== null && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\t\n\r]/g, ''))) found.push(`${name}="${value}" on <${element.tagName.toLowerCase()}>`);
      }
    }
    for (const script of document.querySelectorAll('main script, main iframe, main object, main embed, main style, main form')) {
      if (script.getAttribute('type') !== 'application/ld+json') found.push(`<${script.tagName.toLowerCase()}> in the page`);
    }
    return found;
  });

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`content opened a ${dialog.type()} dialog: ${dialog.message()}`);
  });
});

test('hostile content reaches the page as text, and nothing of it runs', async ({ page }) => {
  await page.goto(HOSTILE);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1, name: 'The hostile head of the slender muscle' })).toBeVisible();
  expect(await dangers(page)).toEqual([]);

  // Front matter shows as the text it is.
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts.getByText('<img src=x onerror="window.__atlasPwned = 1">')).toBeVisible();
  await expect(facts.getByText('</script><script>window.__atlasPwned = 1</script>')).toBeVisible();
  await expect(facts.getByText('<a href="javascript:window.__atlasPwned = 1">Points the foot down</a>')).toBeVisible();

  // The body keeps its words and its picture, without the handlers and addresses that would run.
  const main = page.getByRole('main');
  await expect(main.getByText(/an expression: \{window\.__atlasPwned = 1\}/)).toBeVisible();
  await expect(main.getByRole('img', { name: 'A picture with error and load handlers' })).toBeVisible();
  await expect(main.getByText('link that would run code')).toBeVisible();
  await expect(main.getByRole('link', { name: 'link that would run code' })).toHaveCount(0);

  // Pointing at and clicking what is left runs nothing either.
  await main.getByText('Text that would run code when the pointer passes over it.').hover();
  await main.getByText('another one').click();
  expect(await dangers(page)).toEqual([]);
});

test('hostile content rendered by the client router runs nothing either', async ({ page }) => {
  await page.goto('/muscle/calf/slender/');
  await page.getByRole('main').getByRole('link', { name: 'Hostile head' }).click();
  await expect(page).toHaveURL(HOSTILE);
  await expect(page.getByRole('heading', { level: 1, name: 'The hostile head of the slender muscle' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await dangers(page)).toEqual([]);
});
