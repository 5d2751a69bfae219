import type { Page } from '@playwright/test';
import { expect, test } from './console';

const lightbox = (page: Page) => page.getByRole('dialog');
const hash = (page: Page) => page.evaluate(() => window.location.hash);

test('a thumbnail opens the lightbox, arrows move through it and Escape closes it', async ({ page }) => {
  await page.goto('/muscle/calf/flatfish/');
  const gallery = page.getByRole('region', { name: 'Pictures' });
  await expect(gallery.getByRole('link')).toHaveCount(16);
  await gallery.getByRole('link', { name: /The Flatfish muscle of the Calf 3$/ }).click();

  await expect(lightbox(page)).toBeVisible();
  await expect(page).toHaveURL(/#image-3$/);
  await expect(lightbox(page).getByText('Flatfish: picture 3 of 16')).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#image-4$/);
  await expect(lightbox(page).getByText('Flatfish: picture 4 of 16')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#image-3$/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#image-2$/);

  await page.keyboard.press('Escape');
  await expect(lightbox(page)).toHaveCount(0);
  await expect.poll(() => hash(page)).toBe('');
  await expect(page).toHaveURL('/muscle/calf/flatfish/');
});

test('stepping through pictures replaces the address instead of adding history', async ({ page }) => {
  await page.goto('/muscle/calf/slender/');
  await page.goto('/muscle/calf/flatfish/');
  await page.getByRole('region', { name: 'Pictures' }).getByRole('link').first().click();
  await expect(lightbox(page)).toBeVisible();
  await expect(page).toHaveURL(/#image-1$/);
  for (let step = 2; step <= 4; step += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#image-${step}$`));
  }

  // One Back closes the lightbox and stays on the page; a second leaves it.
  await page.goBack();
  await expect(lightbox(page)).toHaveCount(0);
  await expect(page).toHaveURL('/muscle/calf/flatfish/');
  await page.goBack();
  await expect(page).toHaveURL('/muscle/calf/slender/');
});

test('a shared #image-N link opens the lightbox at that picture, and Back closes it', async ({ page }) => {
  await page.goto('/muscle/calf/flatfish/#image-5');
  await expect(lightbox(page)).toBeVisible();
  await expect(lightbox(page).getByText('Flatfish: picture 5 of 16')).toBeVisible();
  await expect(lightbox(page).getByRole('group', { name: /^5 of 16/ }).getByRole('img')).toHaveAttribute('src', /Calf-Flatfish-5\.png$/);

  await page.goBack();
  await expect(lightbox(page)).toHaveCount(0);
  await expect(page).toHaveURL('/muscle/calf/flatfish/');
  await expect(page.getByRole('heading', { level: 1, name: 'The flatfish muscle of the calf' })).toBeVisible();
});

test('an #image-N link that names no picture opens nothing', async ({ page }) => {
  await page.goto('/muscle/calf/flatfish/#image-99');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(lightbox(page)).toHaveCount(0);
});

test('without JavaScript the thumbnails are plain links to the pictures', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/muscle/calf/flatfish/');
  await page.getByRole('region', { name: 'Pictures' }).getByRole('link').nth(6).click();
  await expect(page).toHaveURL(/\/e2e-images\/muscles\/png\/Calf-Flatfish-7\.png$/);
  await context.close();
});
