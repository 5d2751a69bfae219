import { expect, test } from '../console';

test('from a muscle to its antagonist, the other muscles of its nerve, and every muscle of its movement', async ({ page }) => {
  await page.goto('/muscle/leg/soleus/');
  await page.getByRole('region', { name: 'Key facts' }).getByRole('link', { name: 'Tibialis anterior' }).click();
  await expect(page).toHaveURL('/muscle/leg/tibialisanterior/');
  await page.goBack();
  await expect(page).toHaveURL('/muscle/leg/soleus/');

  const related = page.getByRole('region', { name: 'Related muscles' });
  await expect(related.getByRole('link', { name: 'Gastrocnemius', exact: true })).toHaveAttribute('href', '/muscle/leg/gastrocnemius/');
  await expect(related.getByRole('link', { name: 'Soleus', exact: true })).toHaveCount(0);

  await related.getByRole('link', { name: 'tibial nerve' }).click();
  await expect(page).toHaveURL('/nerves/tibial-nerve/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tibial nerve');
  const leg = page.getByRole('region', { name: 'Leg' });
  await expect(leg.getByRole('link', { name: 'Soleus', exact: true })).toBeVisible();
  await expect(leg.getByText('Tibial nerve (S1, S2)').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Thigh' }).getByRole('link', { name: 'Semitendinosus' })).toBeVisible();

  await page.goto('/muscle/leg/soleus/');
  await page.getByRole('region', { name: 'Related muscles' }).getByRole('link', { name: 'Ankle plantarflexion' }).click();
  await expect(page).toHaveURL('/actions/ankle-plantarflexion/');
  for (const name of ['Gastrocnemius', 'Soleus', 'Plantaris', 'Tibialis posterior', 'Fibularis longus']) {
    await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
  }
});

test('the lists by nerve and by movement are one click from every page', async ({ page }) => {
  await page.goto('/muscle/arm/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Nerves' }).click();
  await expect(page).toHaveURL('/nerves/');
  await page.getByRole('link', { name: 'Femoral nerve' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: 'Quadriceps femoris' })).toBeVisible();
  // Its parts are listed under it, not as muscles of their own.
  await expect(page.getByRole('list', { name: 'Parts of Quadriceps femoris' }).getByRole('link')).toHaveText([
    'Vastus lateralis',
    'Vastus intermedius',
    'Vastus medialis',
    'Rectus femoris',
  ]);

  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Movements' }).click();
  await expect(page).toHaveURL('/actions/');
  await page.getByRole('link', { name: 'Knee extension' }).click();
  await expect(page).toHaveURL('/actions/knee-extension/');
});

test('a muscle listed under two regions appears once, at its canonical address', async ({ page }) => {
  await page.goto('/nerves/accessory-nerve/');
  const trapezius = page.getByRole('main').getByRole('link', { name: 'Trapezius', exact: true });
  await expect(trapezius).toHaveCount(1);
  await expect(trapezius).toHaveAttribute('href', '/muscle/back/trapezius/');

  // The mirror page under the shoulder shows the same related muscles.
  await page.goto('/muscle/shoulder/latissimusdorsi/');
  await expect(page.getByRole('region', { name: 'Related muscles' }).getByRole('link', { name: 'thoracodorsal nerve' })).toHaveAttribute(
    'href',
    '/nerves/thoracodorsal-nerve/',
  );
});
