import { expect, test } from '@playwright/test';

test.describe('an unprefixed address', () => {
  test.use({ locale: 'ru-RU' });
  test('redirects to the visitor language from Accept-Language', async ({ page }) => {
    await page.goto('/cases');
    await expect(page).toHaveURL(/\/ru\/cases$/);
    await expect(page.getByRole('heading', { name: 'Дела', level: 1 })).toBeVisible();
  });
});

test('the language chosen by the visitor wins over Accept-Language, on the same page', async ({ page }) => {
  await page.goto('/en/cases/vadim-kuramshin');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/cases\/vadim-kuramshin$/);
  await expect(page.getByTestId('current-status')).toContainText('Détenu·e');
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/fr\/cases$/);
});

for (const [locale, heading, detained, released, group] of [
  ['en', 'Cases', 'Detained', 'Released (early release)', '52 people'],
  ['fr', 'Cas', 'Détenu·e', 'Libéré·e (libération anticipée)', '52 personnes'],
  ['ru', 'Дела', 'Задержан(а)', 'Освобождён(а) (досрочно)', '52 человека'],
] as const) {
  test(`the case directory in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/cases`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expect(page.locator('[data-case="vadim-kuramshin"] [data-status]')).toHaveText(detained);
    await expect(page.locator('[data-case="natalia-sokolova"] [data-status]')).toHaveText(released);
    await expect(page.locator('[data-case="zhanaozen-defendants"] [data-testid="group-size"]')).toContainText(group);
  });
}

test('French content read in English is marked as the original', async ({ page }) => {
  await page.goto('/en/cases/vadim-kuramshin');
  const summary = page.locator('header p[lang="fr"]').first();
  await expect(summary).toContainText('Toujours incarcéré');
  await expect(summary).toContainText('Original in French');
});
