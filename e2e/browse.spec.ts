import { expect, test } from './console';

test('a student walks from the root to a muscle by clicking', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Browse all muscles' }).click();
  await expect(page).toHaveURL('/muscle/');
  await expect(page.getByRole('heading', { level: 1, name: 'Fixture atlas' })).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Test limb' }).click();
  await expect(page).toHaveURL('/muscle/limb/');
  await page.getByRole('main').getByRole('link', { name: 'Calf', exact: true }).click();
  await expect(page).toHaveURL('/muscle/calf/');
  await page.getByRole('main').getByRole('link', { name: 'Back group' }).click();
  await expect(page).toHaveURL('/muscle/calf/backgroup/');
  await page.getByRole('main').getByRole('link', { name: 'Flatfish' }).first().click();
  await expect(page).toHaveURL('/muscle/calf/flatfish/');

  await expect(page.getByRole('heading', { level: 1, name: 'The flatfish muscle of the calf' })).toBeVisible();
  const trail = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
  await expect(trail).toHaveText(['Muscles', 'Test limb', 'Calf', 'Back group', 'Flatfish']);
  await expect(page.getByRole('link', { name: 'Flatfish', exact: true }).first()).toHaveAttribute('aria-current', 'page');
});

test('a muscle page shows its facts, parts and neighbours', async ({ page }) => {
  await page.goto('/muscle/calf/twinhead/');
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts.getByText('Heel bone, through the heel cord')).toBeVisible();
  await expect(facts.getByText('Musculus bicaput')).toBeVisible();
  await expect(facts.getByRole('link', { name: 'Flatfish' })).toHaveAttribute('href', '/muscle/calf/flatfish/');
  await expect(page.getByRole('region', { name: 'Parts' }).getByRole('link')).toHaveText(['Outer head', 'Inner head']);
  await page.getByRole('navigation', { name: 'Neighbouring pages' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL('/muscle/calf/flatfish/');
});

test('an old URL shows the page with a canonical link to its own URL', async ({ page }) => {
  await page.goto('/muscle/calf/doublehead/');
  await expect(page.getByRole('heading', { level: 1, name: 'Twinhead muscle' })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://127.0.0.1:3210/muscle/calf/twinhead/');
});

test('a page without pictures shows no gallery', async ({ page }) => {
  await page.goto('/muscle/calf/slender/');
  await expect(page.getByRole('heading', { level: 1, name: 'The slender muscle of the calf' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pictures' })).toHaveCount(0);
});

test('an unknown address shows the not-found page', async ({ page, consoleErrors }) => {
  const response = await page.goto('/muscle/calf/nosuchmuscle/');
  expect(response?.status()).toBe(404);
  // The browser reports the 404 of the address itself; that one is expected.
  for (const expected of ['Failed to load resource: the server responded with a status of 404 (Not Found) at /muscle/calf/nosuchmuscle/', '404 /muscle/calf/nosuchmuscle/']) {
    await expect.poll(() => consoleErrors.includes(expected), { message: `the browser reported: ${consoleErrors.join(' | ')}` }).toBe(true);
    consoleErrors.splice(consoleErrors.indexOf(expected), 1);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse all muscles' }).click();
  await expect(page).toHaveURL('/muscle/');
});

test('the hero holds still for readers who ask for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/muscle/calf/flatfish/');
  const hero = page.getByRole('img', { name: 'The Flatfish muscle of the Calf', exact: true });
  await expect(hero).toBeVisible();
  await expect.poll(() => hero.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/Calf-Flatfish-1\.png$/);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.reload();
  await expect.poll(() => hero.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/Calf-Flatfish\.gif$/);

  // Asking for reduced motion while it plays brings the still back, without a reload.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(() => hero.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/Calf-Flatfish-1\.png$/);
});
