import { expect, test } from './console';

test('on paper: the title, hero and description, without the site around them', async ({ page }) => {
  await page.goto('/muscle/calf/flatfish/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'The flatfish muscle of the calf' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'The Flatfish muscle of the Calf', exact: true })).toBeVisible();
  await expect(page.getByText('The flatfish is a broad fixture muscle')).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Pictures' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  // Black on white, whatever the screen's theme.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test('on paper: the key facts', async ({ page }) => {
  await page.goto('/muscle/calf/twinhead/');
  await page.emulateMedia({ media: 'print' });
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts).toBeVisible();
  await expect(facts.getByText('Heel bone, through the heel cord')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related muscles' })).toBeHidden();
});

test('sharing an open picture shares its #image-N address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
  });
  await page.goto('/muscle/calf/flatfish/');
  await page.getByRole('region', { name: 'Pictures' }).getByRole('link', { name: /The Flatfish muscle of the Calf 3$/ }).click();
  await expect(page).toHaveURL(/#image-3$/);
  await page.getByRole('dialog').getByRole('button', { name: 'Share this picture' }).click();
  await expect(page.getByRole('dialog').getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/muscle\/calf\/flatfish\/#image-3$/);
});
