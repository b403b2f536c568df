import { expect, test } from '@playwright/test';

test('a case page announces its share card at the public site address, a PNG with the case in the visitor language', async ({ page, request, baseURL }) => {
  await page.goto('/ru/cases/natalia-sokolova');
  const imageUrl = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(imageUrl?.startsWith(`${baseURL}/ru/cases/natalia-sokolova/opengraph-image/card`), imageUrl!).toBe(true);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /^Natalia Sokolova: .+ — \S/);
  const image = await request.get(new URL(imageUrl!).pathname + new URL(imageUrl!).search);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
});

test('an unknown case has no share card', async ({ request }) => {
  expect((await request.get('/en/cases/nobody-at-all/opengraph-image/card')).status()).toBe(404);
});

test('printing a case page drops the navigation and prints the sources open', async ({ page }) => {
  await page.goto('/en/cases/vadim-kuramshin');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByTestId('timeline-entry').first().locator('blockquote').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
