import { expect, test } from '../console';

test('a lower-limb muscle shows the model’s figures: a turning hero and 16 views around the limb', async ({ page }) => {
  await page.goto('/muscle/leg/soleus/');
  await expect(page.getByRole('img', { name: 'Soleus highlighted on a model of the right lower limb, turning' })).toBeVisible();
  const gallery = page.getByRole('region', { name: 'Pictures' });
  await expect(gallery.getByRole('link')).toHaveCount(16);
  await expect(gallery.getByText('Anterior view', { exact: true })).toBeVisible();

  await page.goto('/muscle/leg/soleus/#image-9');
  const viewer = page.getByRole('dialog');
  await expect(viewer).toBeVisible();
  await expect(viewer.getByText('Posterior view', { exact: true })).toBeVisible();
});

test('a page outside the lower limb has no empty picture box', async ({ page }) => {
  await page.goto('/muscle/arm/bicepsbrachii/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pictures' })).toHaveCount(0);
});
