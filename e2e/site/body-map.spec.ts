import { expect, test } from '../console';

const view = (page: import('@playwright/test').Page, side: 'front' | 'back') => page.getByRole('group', { name: `The body from the ${side}` });

test('a student with "something in the calf" clicks the leg on the body map', async ({ page }) => {
  await page.goto('/');
  const leg = view(page, 'back').getByRole('link', { name: /^Leg, \d+ muscles$/ });
  // A region is two shapes (left and right): hover one of them, as a pointer would.
  await leg.locator('path').first().hover();
  // Hovering lights the region up in the accent colour.
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  await expect.poll(() => leg.locator('path').first().evaluate((path) => getComputedStyle(path).fill)).toBe(hexToRgb(accent));
  await leg.locator('path').first().click();
  await expect(page).toHaveURL('/muscle/leg/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Muscles of the leg');
});

test('every region of the body map is a named link, front and back', async ({ page }) => {
  await page.goto('/');
  const names = async (side: 'front' | 'back') =>
    (await view(page, side).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''))).map((name) => name.split(',')[0]);
  expect(await names('front')).toEqual(['Head', 'Neck', 'Shoulder', 'Arm', 'Forearm', 'Abdomen', 'Hip', 'Thigh', 'Leg']);
  expect(await names('back')).toEqual(['Head', 'Neck', 'Back', 'Shoulder', 'Arm', 'Forearm', 'Hip', 'Thigh', 'Leg']);
});

test('the body map works from the keyboard, with a visible highlight on focus', async ({ page }) => {
  await page.goto('/');
  const thigh = view(page, 'front').getByRole('link', { name: /^Thigh,/ });
  // Tab through the page until the front thigh has focus, as a keyboard user would.
  for (let step = 0; step < 40 && !(await thigh.evaluate((link) => link === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(thigh).toBeFocused();
  await expect.poll(() => thigh.locator('path').first().evaluate((path) => getComputedStyle(path).strokeWidth)).toBe('3px');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/muscle/thigh/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the body map is plain links', async ({ page }) => {
    await page.goto('/');
    await view(page, 'back').getByRole('link', { name: /^Back,/ }).click();
    await expect(page).toHaveURL('/muscle/back/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('back');
  });
});

function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}
