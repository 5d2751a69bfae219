import type { Locator, Page } from '@playwright/test';
import { expect, test } from './console';

/** How many presses of Tab a person may need to reach a control before the test gives up. */
const MAX_PRESSES = 60;

/** Whether the focused element shows that it has focus (an outline or a ring), as a sighted keyboard user needs. */
const focusIsVisible = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return true;
    const style = getComputedStyle(element);
    return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });

const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element ? `<${element.tagName.toLowerCase()}> ${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)}` : 'nothing';
  });

/** Presses Tab (or Shift+Tab) until the target has focus, checking that every stop shows its focus. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  const stops: string[] = [];
  for (let press = 0; press < MAX_PRESSES; press += 1) {
    await page.keyboard.press(key);
    stops.push(await describeFocus(page));
    expect(await focusIsVisible(page), `focus is visible on ${stops.at(-1)}`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${key} never reached the target; focus went through:\n  ${stops.join('\n  ')}`);
}

test('a keyboard-only reader goes from the home page to a muscle’s third picture and back', async ({ page }) => {
  await page.goto('/');

  // The first stop is the skip link, and it moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Home → region → group → muscle, by Tab and Enter alone.
  const main = page.getByRole('main');
  await tabTo(page, main.getByRole('link', { name: 'Calf', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/muscle/calf/');
  await tabTo(page, main.getByRole('link', { name: 'Back group' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/muscle/calf/backgroup/');
  await tabTo(page, main.getByRole('link', { name: 'Flatfish', exact: true }).first());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/muscle/calf/flatfish/');
  await expect(page.getByRole('heading', { level: 1, name: 'The flatfish muscle of the calf' })).toBeVisible();

  // The third picture opens in the lightbox, which takes focus; arrows move, Escape closes.
  const third = page.getByRole('region', { name: 'Pictures' }).getByRole('link').nth(2);
  await tabTo(page, third);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Flatfish: picture 3 of 16')).toBeVisible();
  await expect(page).toHaveURL(/#image-3$/);
  await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByText('Flatfish: picture 4 of 16')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByText('Flatfish: picture 3 of 16')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL('/muscle/calf/flatfish/');

  // Focus comes back to the picture that opened the lightbox, and the way back is open.
  await expect(third).toBeFocused();
  await tabTo(page, page.getByRole('link', { name: 'Muscle Atlas' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Muscle Atlas' })).toBeVisible();
});
