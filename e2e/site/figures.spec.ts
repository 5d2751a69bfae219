import { expect, test } from '../console';
import { heroShows, openWithHero } from '../hero-loading';

const HERO = 'Soleus muscle highlighted on a model of the right lower limb, turning';

test('a lower-limb muscle shows the model’s figures: a turning hero and 16 views around the limb', async ({ page }) => {
  await page.goto('/muscle/leg/soleus/');
  await expect(page.getByRole('img', { name: HERO })).toBeVisible();
  const gallery = page.getByRole('region', { name: 'Pictures' });
  await expect(gallery.getByRole('link')).toHaveCount(16);
  await expect(gallery.getByText('Anterior view', { exact: true })).toBeVisible();
});

test('a shared link to the ninth picture opens the posterior view', async ({ page }) => {
  // A cold load, as a shared link arrives. (A hash-only goto after the plain page is a same-document
  // navigation that can land while the page is still hydrating, and then nothing listens for it yet.)
  await page.goto('/muscle/leg/soleus/#image-9');
  const viewer = page.getByRole('dialog');
  await expect(viewer).toBeVisible();
  await expect(viewer.getByText('Posterior view', { exact: true })).toBeVisible();
});

test('an upper-limb muscle shows its own figures of the right upper limb', async ({ page }) => {
  await page.goto('/muscle/arm/bicepsbrachii/');
  await expect(page.getByRole('img', { name: 'Biceps brachii muscle highlighted on a model of the right upper limb, turning' })).toBeVisible();
  const gallery = page.getByRole('region', { name: 'Pictures' });
  await expect(gallery.getByRole('link')).toHaveCount(16);
  await expect(gallery.getByText('Lateral view', { exact: true })).toBeVisible();
});

test('a back muscle’s pictures show both sides and name them', async ({ page }) => {
  await page.goto('/muscle/back/trapezius/');
  await expect(page.getByRole('img', { name: 'Trapezius muscle highlighted on a model of the back, turning' })).toBeVisible();
  const gallery = page.getByRole('region', { name: 'Pictures' });
  await expect(gallery.getByText('Right lateral view', { exact: true })).toBeVisible();
  await expect(gallery.getByText('Left lateral view', { exact: true })).toBeVisible();
});

test('the turning hero shows its still first and turns once the page has loaded', async ({ page }) => {
  const { read } = await openWithHero(page, '/muscle/leg/soleus/');
  const { still, animated } = await read();
  expect(still).toMatch(/soleus-[0-9a-f]+-still\.webp$/);
  expect(animated).toMatch(/soleus-[0-9a-f]+-turntable\.webp$/);
  await expect.poll(() => heroShows(page, HERO)).toBe(animated);
  const hero = await read();
  expect(hero.stillFetched).toBeLessThan(hero.loaded);
  expect(hero.animatedFetched).toBeGreaterThanOrEqual(hero.loaded);
});

test('the turning hero holds still, and its turntable is never fetched, for a reader who asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { read, requested } = await openWithHero(page, '/muscle/leg/soleus/');
  await page.waitForLoadState('networkidle');
  // Past the moment the turntable would have been swapped in.
  await page.waitForTimeout(1000);
  const hero = await read();
  expect(await heroShows(page, HERO)).toBe(hero.still);
  expect(requested).not.toContain(hero.animated);

  // The reader lets it move again: it turns, without a reload; asks for stillness again: it stops.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect.poll(() => heroShows(page, HERO)).toBe(hero.animated);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(() => heroShows(page, HERO)).toBe(hero.still);
});
