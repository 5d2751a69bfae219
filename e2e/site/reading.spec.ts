import type { Page } from '@playwright/test';
import { expect, test } from '../console';

const PAGES = ['/', '/muscle/', '/muscle/leg/', '/muscle/leg/soleus/', '/nerves/tibial-nerve/', '/actions/', '/search/?q=tibial+nerve'];

test.describe('on a phone 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('no page scrolls sideways', async ({ page }) => {
    for (const url of PAGES) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(360);
    }
  });
});

test('the skip link is the first stop of the keyboard and leads to the content', async ({ page }) => {
  await page.goto('/muscle/leg/soleus/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('whatever has the keyboard focus shows it', async ({ page }) => {
  await page.goto('/muscle/leg/soleus/');
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'nothing focused';
      const style = getComputedStyle(element);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'visible' : `${element.outerHTML.slice(0, 80)} has no outline`;
    });
    expect(ring).toBe('visible');
  }
});

async function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test('light and dark follow the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  expect(await background(page)).toBe('rgb(251, 250, 247)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe('rgb(18, 20, 23)');
});

test.describe('sharing', () => {
  test('copies the address where the browser has no share sheet', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    });
    await page.goto('/search/?q=soleus');
    await page.getByRole('button', { name: 'Share this page' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/search/?q=soleus', page.url()).toString());
  });

  test('opens the system share sheet where there is one', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          document.documentElement.dataset.shared = data.url ?? '';
        },
        configurable: true,
      });
    });
    await page.goto('/muscle/leg/soleus/');
    await page.getByRole('button', { name: 'Share this page' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-shared', new URL('/muscle/leg/soleus/', page.url()).toString());
  });
});
