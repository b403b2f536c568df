import { expect, type Page } from '@playwright/test';

/** Signs in through the real flow: the form, then the newest link the local mailbox holds for that address. */
export async function signIn(page: Page, email: string, locale = 'en') {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/admin\/sign-in\/check-email$/);
  await page.goto(`/${locale}/admin/mailbox`);
  const message = page.getByTestId('mailbox-message').filter({ has: page.getByTestId('mailbox-to').getByText(email, { exact: true }) }).first();
  await message.locator('a[href*="/api/auth/callback/email"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}
