import { test as base, expect } from '@playwright/test';

/** Every browser test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      // The console names no address for a failed load: record which one it was.
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${new URL(response.url()).pathname}`);
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
