import type { Page, Response } from '@playwright/test';
import { expect, test } from '../console';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the atlas' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

/** Every script and JSON file the page fetches, with its body. */
function recordFetches(page: Page): { url: string; body: Promise<string> }[] {
  const fetched: { url: string; body: Promise<string> }[] = [];
  page.on('response', (response: Response) => {
    if (/\.(js|json)(\?|$)/.test(response.url())) fetched.push({ url: response.url(), body: response.text().catch(() => '') });
  });
  return fetched;
}

test('nothing of the search loads before the reader touches the box', async ({ page }) => {
  const fetched = recordFetches(page);
  await page.goto('/muscle/leg/');
  await page.waitForLoadState('networkidle');
  const before = fetched.length;
  expect(fetched.map((file) => file.url).filter((url) => url.endsWith('/search-index.json'))).toEqual([]);
  for (const file of fetched) expect(await file.body, file.url).not.toContain('loadJSON');

  await searchBox(page).focus();
  await expect.poll(() => fetched.slice(before).map((file) => new URL(file.url).pathname)).toContain('/search-index.json');
  const later = await Promise.all(fetched.slice(before).map((file) => file.body));
  expect(later.some((body) => body.includes('loadJSON'))).toBe(true);
});

test('"/" focuses the search, a typo still finds the muscle, and arrow keys and Enter open it', async ({ page }) => {
  await page.goto('/');
  await page.locator('body').press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('solius');
  await expect(options(page).first()).toContainText('Soleus muscle');
  await page.keyboard.press('ArrowDown');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await options(page).first().getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/muscle/leg/soleus/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Soleus muscle');
});

test('an older name finds the muscle by its current name', async ({ page }) => {
  await page.goto('/muscle/');
  await searchBox(page).fill('peroneus longus');
  await expect(options(page).first()).toContainText('Fibularis longus muscle');
  await expect(options(page).first()).toContainText('also called peroneus longus');
  await options(page).first().click();
  await expect(page).toHaveURL('/muscle/leg/fibularislongus/');
});

test('the first letters, and the Latin name, are enough', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('gastroc');
  await expect(options(page).first()).toContainText('Gastrocnemius muscle');
  await searchBox(page).fill('musculus soleus');
  await expect(options(page).first()).toContainText('Soleus muscle');
});

test('a nerve finds the muscles it supplies, on a results page whose address can be shared', async ({ page, context }) => {
  await page.goto('/');
  await searchBox(page).fill('tibial nerve');
  await expect(options(page).first()).toContainText('Tibial nerve');
  // Enter without choosing a result opens the results page.
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL('/search/?q=tibial+nerve');
  const results = page.getByRole('list', { name: 'Results for tibial nerve' });
  for (const name of ['Tibial nerve', 'Soleus muscle', 'Gastrocnemius muscle', 'Tibialis posterior muscle', 'Semitendinosus muscle']) {
    await expect(results.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
  }

  // The address opens the same results in a new tab.
  const shared = await context.newPage();
  await shared.goto('/search/?q=tibial+nerve');
  await expect(shared.getByRole('list', { name: 'Results for tibial nerve' }).getByRole('link', { name: /^Soleus muscle/ })).toBeVisible();
  await shared.close();

  // Typing on the results page updates the results and the address.
  const box = page.getByRole('searchbox', { name: 'Search for' });
  await box.fill('femoral nerve');
  await expect(page).toHaveURL('/search/?q=femoral+nerve');
  await expect(page.getByRole('list', { name: 'Results for femoral nerve' }).getByRole('link', { name: /^Sartorius muscle/ })).toBeVisible();
});

test('a muscle shown under two regions is one result, at its canonical address', async ({ page }) => {
  await page.goto('/search/?q=latissimus');
  const links = page.getByRole('list', { name: 'Results for latissimus' }).getByRole('link', { name: /^Latissimus dorsi muscle/ });
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute('href', '/muscle/back/latissimusdorsi/');
});

test('Escape closes the results, and a search with no match says what to try', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('xyzzy');
  await expect(options(page)).toHaveText([/Nothing matches “xyzzy”/]);
  await searchBox(page).press('Escape');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL('/search/?q=xyzzy');
  await expect(page.getByText('No page matches “xyzzy”')).toBeVisible();
  await expect(page.getByRole('link', { name: 'index of every muscle' })).toBeVisible();
});
