import { test as base, expect } from '@playwright/test';

/** Every browser test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // A failed load's message names no address, but its location does: loads the browser makes
        // on its own (such as /favicon.ico) reach no response listener, so this is their only name.
        const { url } = message.location();
        const failedLoad = message.text().startsWith('Failed to load resource') && url;
        errors.push(failedLoad ? `${message.text()} at ${new URL(url).pathname}` : message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      // And every failed load the page makes, by status and address.
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
