import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PAGE_KINDS } from '../lib/content/schema';
import { expect, test } from './console';
import { EXPORT_DIR, exportedPaths, fixtureKinds, isNotFoundPath } from './fixture-export';

/**
 * axe-core on every document of the exported fixture atlas (home, index, every region, group,
 * muscle and part, aliases, not-found, and every route added later, such as /search/), in light and
 * dark colours, plus the states a page takes after interaction: an open lightbox, a search with
 * results. Every rule axe has runs (WCAG 2.x A and AA and its best practices): zero violations.
 */
const SCHEMES = ['light', 'dark'] as const;
const NOT_FOUND = '/muscle/calf/nosuchmuscle/';

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const described = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join('; ')}`).join('\n')}`,
  );
  expect(described, `axe violations on ${where}`).toEqual([]);
}

const documents = exportedPaths().filter((url) => !isNotFoundPath(url));

test('the fixture has every kind of page, so every kind is checked', () => {
  const kinds = new Set([...fixtureKinds()].filter(([url]) => documents.includes(url)).map(([, kind]) => kind));
  expect([...kinds].sort()).toEqual([...PAGE_KINDS].sort());
  expect(documents).toContain('/');
  expect(documents).toContain('/muscle/');
});

for (const colorScheme of SCHEMES) {
  test.describe(`${colorScheme} colours`, () => {
    test.use({ colorScheme });

    for (const url of documents) {
      test(`${url} has no accessibility violations`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoViolations(page, url);
      });
    }

    test('the not-found page has no accessibility violations', async ({ page, consoleErrors }) => {
      const response = await page.goto(NOT_FOUND);
      expect(response?.status()).toBe(404);
      consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !/status of 404|^404 /.test(error)));
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expectNoViolations(page, NOT_FOUND);
    });

    test('an open lightbox has no accessibility violations', async ({ page }) => {
      await page.goto('/muscle/calf/flatfish/');
      await page.getByRole('region', { name: 'Pictures' }).getByRole('link').nth(2).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByText('Flatfish: picture 3 of 16')).toBeVisible();
      await expect(dialog.getByRole('group', { name: /^3 of 16/ }).getByRole('img')).toBeVisible();
      await expectNoViolations(page, 'the open lightbox');
    });

    test('search with results has no accessibility violations', async ({ page }) => {
      // The search page comes with its own branch: it is checked as soon as the export has it.
      test.skip(!fs.existsSync(path.join(EXPORT_DIR, 'search', 'index.html')), 'this export has no /search/ page');
      await page.goto('/search/');
      // The page's own search form, not the one in the header.
      const box = page.getByRole('main').getByRole('searchbox').or(page.getByRole('main').getByRole('combobox')).first();
      await box.fill('flatfish');
      await expect(page.getByRole('main').getByRole('link', { name: /flatfish/i }).first()).toBeVisible();
      await expectNoViolations(page, '/search/ with results for "flatfish"');
    });
  });
}
