import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from '../console';

/**
 * "Explore in 3D" on the real atlas (e2e-site-out has the model's figures and 3D models), in
 * Chromium drawing WebGL with SwiftShader. Most tests ask for reduced motion, so the model holds
 * still until they move it.
 */
const SOLEUS = '/muscle/leg/soleus/';

const viewerOf = (page: Page) => page.getByRole('dialog', { name: 'Soleus in 3D' });

/** Wait until the model is drawn: the loading message gone and a frame rendered after it. */
async function drawn(page: Page): Promise<Locator> {
  const dialog = viewerOf(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Click or tap a structure to name it.')).toBeVisible({ timeout: 30_000 });
  const canvas = dialog.locator('canvas');
  await expect.poll(async () => Number(await canvas.getAttribute('data-frames'))).toBeGreaterThan(0);
  return canvas;
}

/** How many distinct colours a screenshot of the canvas has, and the picture's raw pixels. */
async function picture(canvas: Locator): Promise<{ colours: number; pixels: Buffer }> {
  const { data } = await sharp(await canvas.screenshot()).raw().toBuffer({ resolveWithObject: true });
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 3 * 7) colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
  return { colours: colours.size, pixels: data };
}

function difference(a: Buffer, b: Buffer): number {
  if (a.length !== b.length) return 1;
  let changed = 0;
  for (let i = 0; i < a.length; i += 3) if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) + Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)) > 24) changed++;
  return changed / (a.length / 3);
}

test.use({ reducedMotion: 'reduce' });
// Software WebGL on a shared 2-core machine: opening the viewer alone can take several seconds.
test.describe.configure({ timeout: 60_000 });

test('nothing of the viewer loads before the click; the click loads its code and the page’s model: its own file and its region’s scene', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(SOLEUS);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  expect(requests.filter((url) => url.endsWith('.glb')), 'models fetched before the click').toEqual([]);
  const before = new Set(requests);
  await page.getByRole('button', { name: 'Explore in 3D' }).click();
  await drawn(page);
  const after = requests.filter((url) => !before.has(url));
  expect(after.filter((url) => /\/generated\/models\/leg-soleus-[0-9a-f]{12}\.glb$/.test(url))).toHaveLength(1);
  expect(after.filter((url) => /\/generated\/models\/scene-leg-[0-9a-f]{12}\.glb$/.test(url))).toHaveLength(1);
  expect(after.filter((url) => url.endsWith('.js')).length, 'viewer scripts loaded on the click').toBeGreaterThan(0);
});

test('the button opens a dialog, with the focus inside, that draws the model; Escape closes it and gives the focus back', async ({ page }) => {
  await page.goto(SOLEUS);
  const button = page.getByRole('button', { name: 'Explore in 3D' });
  await button.click();
  const canvas = await drawn(page);
  const dialog = viewerOf(page);
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  expect(new URL(page.url()).hash).toBe('#3d');
  const { colours } = await picture(canvas);
  expect(colours, 'distinct colours on the canvas (a blank canvas has one)').toBeGreaterThan(50);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
});

test('dragging turns the model, and the view goes into the address', async ({ page }) => {
  await page.goto(SOLEUS);
  await page.getByRole('button', { name: 'Explore in 3D' }).click();
  const canvas = await drawn(page);
  const before = await picture(canvas);
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas box');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => difference(before.pixels, (await picture(canvas)).pixels)).toBeGreaterThan(0.05);
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#3d=\d{1,3},-?\d{1,2},\d+\.\d\d$/);
});

test('the keys turn, zoom and reset the view', async ({ page }) => {
  await page.goto(SOLEUS);
  await page.getByRole('button', { name: 'Explore in 3D' }).click();
  const canvas = await drawn(page);
  const stage = viewerOf(page).getByRole('application');
  await expect(stage).toBeFocused();
  const hero = await picture(canvas);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#3d=/);
  const turned = new URL(page.url()).hash;
  await page.keyboard.press('+');
  await expect.poll(() => new URL(page.url()).hash).not.toBe(turned);
  await page.keyboard.press('0');
  await expect.poll(async () => difference(hero.pixels, (await picture(canvas)).pixels)).toBeLessThan(0.01);
});

test('peeling the muscles over soleus, then clicking it, names it with a link to its page', async ({ page }) => {
  await page.goto(SOLEUS);
  await page.getByRole('button', { name: 'Explore in 3D' }).click();
  const canvas = await drawn(page);
  const dialog = viewerOf(page);
  await dialog.getByRole('radio', { name: 'Peel' }).check();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas box');
  const status = dialog.getByRole('status', { name: 'Picked structure' });
  // The hero frames soleus in the middle; try a few points about the middle until it is named.
  let named = false;
  const points = [0, -0.1, -0.2, 0.1].flatMap((dy) => [0, -0.03, 0.03, -0.06, 0.06].map((dx) => [dx, dy] as const));
  for (const [dx, dy] of points) {
    await page.mouse.click(box.x + box.width * (0.5 + dx), box.y + box.height * (0.5 + dy));
    try {
      await expect(status).toHaveText(/^Soleus \(muscle\)$/, { timeout: 2000 });
      named = true;
      break;
    } catch {
      // Another structure under this point: try the next.
    }
  }
  expect(named, 'soleus named by a click').toBe(true);
  await expect(status.getByRole('link', { name: 'Soleus', exact: true })).toHaveAttribute('href', SOLEUS);
});

test('a neighbour chosen from the list is named and links to its page', async ({ page }) => {
  await page.goto(SOLEUS);
  await page.getByRole('button', { name: 'Explore in 3D' }).click();
  await drawn(page);
  const dialog = viewerOf(page);
  await dialog.getByLabel('Name a structure').selectOption({ label: 'Plantaris' });
  const link = dialog.getByRole('status', { name: 'Picked structure' }).getByRole('link', { name: 'Plantaris' });
  await expect(link).toHaveAttribute('href', '/muscle/leg/plantaris/');
  await link.click();
  await expect(page).toHaveURL(/\/muscle\/leg\/plantaris\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Plantaris');
});

test('#3d opens the viewer on a cold load, and #3d=<view> at that view', async ({ page }) => {
  await page.goto(`${SOLEUS}#3d`);
  await drawn(page);
  await page.goto('about:blank');
  await page.goto(`${SOLEUS}#3d=90,10,1.50`);
  await drawn(page);
  expect(new URL(page.url()).hash).toBe('#3d=90,10,1.50');
  // Back closes the viewer and stays on the page.
  await page.goBack();
  await expect(viewerOf(page)).toBeHidden();
  expect(new URL(page.url()).pathname).toBe(SOLEUS);
});

test('a muscle of the back shows on both sides, as in the pictures: the left one mirrored from the right', async ({ page }) => {
  // From behind (180°), the body's left on the viewer's left: trapezius red on both halves of the canvas.
  await page.goto('/muscle/back/trapezius/#3d=180,0,1.00');
  const dialog = page.getByRole('dialog', { name: 'Trapezius in 3D' });
  await expect(dialog.getByText('Click or tap a structure to name it.')).toBeVisible({ timeout: 30_000 });
  // The view names what it shows, and the dialog says what the colours mean, as the hero's caption does.
  await expect(dialog.getByRole('application', { name: 'Trapezius on the model of the back' })).toBeVisible();
  await expect(dialog.getByText(/^Highlighted in red: Trapezius.*orange marks where it arises and blue where it inserts\.$/)).toBeVisible();
  const canvas = dialog.locator('canvas');
  await expect.poll(async () => Number(await canvas.getAttribute('data-frames'))).toBeGreaterThan(0);
  const { data, info } = await sharp(await canvas.screenshot()).raw().toBuffer({ resolveWithObject: true });
  const red = [0, 0];
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels;
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      if (r > 90 && r > 1.8 * g && r > 1.8 * b) red[x < info.width / 2 ? 0 : 1]! += 1;
    }
  const [left = 0, right = 0] = red;
  const half = (info.width * info.height) / 2;
  expect(left / half, 'highlighted share of the left half').toBeGreaterThan(0.02);
  expect(right / half, 'highlighted share of the right half').toBeGreaterThan(0.02);
  expect(Math.min(left, right) / Math.max(left, right), 'the two sides alike').toBeGreaterThan(0.6);
  // Each structure is listed once, though drawn on both sides.
  const options = await dialog.getByLabel('Name a structure').locator('option').allTextContents();
  expect(options.filter((name) => name === 'Trapezius')).toHaveLength(1);
});

test('a failed download says so, and Try again loads the model', async ({ page, consoleErrors }) => {
  await page.route('**/*.glb', (route) => route.abort());
  await page.goto(SOLEUS);
  await page.getByRole('button', { name: 'Explore in 3D' }).click();
  const dialog = viewerOf(page);
  await expect(dialog.getByText('The 3D model did not download.')).toBeVisible({ timeout: 30_000 });
  await page.unroute('**/*.glb');
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await drawn(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The browser reports the refused download; that one is expected.
  const expected = (error: string) => /Failed to load resource|ERR_FAILED/.test(error);
  expect(consoleErrors.filter(expected).length).toBeGreaterThan(0);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !expected(error)));
});

test('without WebGL the viewer says so and the pictures stay', async ({ page }) => {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    // @ts-expect-error: a browser without WebGL answers null.
    HTMLCanvasElement.prototype.getContext = function (kind: string, ...rest: unknown[]) {
      return kind.startsWith('webgl') ? null : getContext.call(this, kind, ...rest);
    };
  });
  await page.goto(SOLEUS);
  await page.getByRole('button', { name: 'Explore in 3D' }).click();
  const dialog = viewerOf(page);
  await expect(dialog.getByText(/cannot show 3D here/)).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: 'Pictures' }).getByRole('link')).toHaveCount(16);
});

test('axe finds nothing in the open viewer', async ({ page }) => {
  await page.goto(SOLEUS);
  await page.getByRole('button', { name: 'Explore in 3D' }).click();
  await drawn(page);
  await viewerOf(page).getByLabel('Name a structure').selectOption({ label: 'Soleus' });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test.describe('on a phone 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the viewer fills the screen, nothing spills sideways, and a tap names a structure', async ({ page }) => {
    await page.goto(SOLEUS);
    await page.getByRole('button', { name: 'Explore in 3D' }).tap();
    const canvas = await drawn(page);
    const dialog = viewerOf(page);
    const width = await dialog.evaluate((element) => element.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    const box = await canvas.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(250);
    if (!box) throw new Error('no canvas box');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(dialog.getByRole('status', { name: 'Picked structure' })).toContainText(/\((bone|muscle|tendon)\)/);
  });
});
