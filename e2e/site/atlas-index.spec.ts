import { expect, test } from '../console';

test.describe('the index at /muscle/, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the whole tree with counts, and its branches fold and unfold', async ({ page }) => {
    await page.goto('/muscle/');
    const index = page.getByRole('region', { name: 'Every muscle, region by region' });
    // Regions and groups are open, with the number of muscles under each.
    const leg = index.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Leg', exact: true }) }).first();
    await expect(leg.getByText('13 muscles').first()).toBeVisible();
    await expect(index.getByRole('link', { name: 'Soleus', exact: true })).toBeVisible();
    await expect(index.getByRole('link', { name: 'Latissimus dorsi' })).toHaveCount(2); // under the back and the shoulder

    // A muscle's parts start folded.
    await expect(index.getByRole('link', { name: 'Lateral head', exact: true }).first()).toBeHidden();
    await index.getByLabel('Parts of Gastrocnemius', { exact: true }).click();
    await expect(index.getByRole('link', { name: 'Lateral head', exact: true }).first()).toBeVisible();

    // Folding a region hides everything below it.
    await index.getByLabel('Contents of Leg', { exact: true }).click();
    await expect(index.getByRole('link', { name: 'Soleus', exact: true })).toBeHidden();
    await expect(index.getByRole('link', { name: 'Leg', exact: true })).toBeVisible();
    await index.getByLabel('Contents of Leg', { exact: true }).click();
    await index.getByRole('link', { name: 'Soleus', exact: true }).click();
    await expect(page).toHaveURL('/muscle/leg/soleus/');
  });
});

test.describe('the index at /muscle/, with JavaScript', () => {
  test('keeps the whole tree once the page has hydrated, and its branches still fold', async ({ page }) => {
    await page.goto('/muscle/');
    await page.waitForLoadState('load');
    const index = page.getByRole('region', { name: 'Every muscle, region by region' });
    await expect(index.getByRole('link', { name: 'Soleus', exact: true })).toBeVisible();
    await index.getByLabel('Contents of Leg', { exact: true }).click();
    await expect(index.getByRole('link', { name: 'Soleus', exact: true })).toBeHidden();
    // A link in the tree still leads to its page.
    await index.getByRole('link', { name: 'Biceps brachii', exact: true }).first().click();
    await expect(page).toHaveURL(/\/muscle\/arm\/bicepsbrachii\/$/);
  });
});
