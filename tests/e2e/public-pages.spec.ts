import { expect, test } from '@playwright/test';

test('the home page shows the campaigns and the latest updates', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Campaigns', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Zhanaozen 2011/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /janvier 2022/ })).toBeVisible();
  const updates = page.getByRole('region', { name: 'Latest updates' }).getByRole('listitem');
  await expect(updates.first()).toBeVisible();
  await expect(updates).not.toHaveCount(0);
});

test('the case directory shows each case with its current status', async ({ page }) => {
  await page.goto('/cases');
  const row = (slug: string) => page.locator(`[data-case="${slug}"]`);
  await expect(row('vadim-kuramshin')).toContainText('Vadim Kuramshin');
  await expect(row('vadim-kuramshin').locator('[data-status]')).toHaveText('Detained');
  await expect(row('natalia-sokolova').locator('[data-status]')).toHaveText('Released (early release)');
  await expect(row('zhanaozen-defendants')).toContainText('52 people');
  await expect(row('zhanaozen-defendants').locator('[data-status]')).toHaveText('Charged');
});

test('a case page shows the status, the timeline and the quotes it rests on', async ({ page }) => {
  await page.goto('/cases');
  await page.getByRole('link', { name: 'Vadim Kuramshin' }).click();
  await expect(page).toHaveURL(/\/cases\/vadim-kuramshin$/);
  await expect(page.getByRole('heading', { name: 'Vadim Kuramshin', level: 1 })).toBeVisible();
  await expect(page.getByTestId('current-status')).toContainText('Detained');
  await expect(page.getByText('Also written:')).toContainText('Курамшин');

  const entries = page.getByTestId('timeline-entry');
  await expect(entries).not.toHaveCount(0);
  const rumour = entries.filter({ hasText: 'March 18, 2012' });
  await rumour.getByText(/^Sources/).click();
  await expect(rumour.locator('blockquote')).toContainText('se serait suicidé');

  const sourceLink = rumour.getByRole('link', { name: /Le régime répond/ });
  const quoteId = (await sourceLink.getAttribute('href'))!.split('#')[1]!;
  await sourceLink.click();
  await expect(page).toHaveURL(/\/sources\/doc-004/);
  const highlighted = await page.locator(`mark[data-quotes~="${quoteId}"]`).allTextContents();
  expect(highlighted.join('')).toMatch(/^Un autre acte rancunier .*Vadim Kuramshin, .*se serait suicidé\.$/);
});

test('the group of the 52 Zhanaozen defendants shows its count history', async ({ page }) => {
  await page.goto('/cases/zhanaozen-defendants');
  await expect(page.getByTestId('current-status')).toContainText('Charged');
  await expect(page.getByTestId('group-count')).toHaveText([/^43/, /^52/]);
  await expect(page.getByText(/10 ans/).first()).toBeVisible();
});

test('Natalia Sokolova is shown as released, with how', async ({ page }) => {
  await page.goto('/cases/natalia-sokolova');
  await expect(page.getByTestId('current-status')).toContainText('Released (early release)');
  await expect(page.getByText(/6 ans/).first()).toBeVisible();
});

test('an unknown case answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/cases/no-such-person');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse all cases' }).click();
  await expect(page).toHaveURL(/\/cases$/);
});

test('the health check answers ok when the database answers', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});
