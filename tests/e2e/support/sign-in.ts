import { expect, type Page } from '@playwright/test';

/**
 * Signs in to the workspace as `email` (an admin address, an invitee or an existing user) the way a person does:
 * asks for a link, opens the local mailbox and follows the newest link sent to that address.
 */
export async function signIn(page: Page, email: string) {
  await page.goto('/en/admin/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\/check-email/);
  await page.goto('/en/admin/mailbox');
  const message = page.getByTestId('mailbox-message').filter({ has: page.getByTestId('mailbox-to').getByText(email, { exact: true }) }).first();
  const link = await message.getByRole('link', { name: /\/api\/auth\/callback\/email/ }).first().getAttribute('href');
  expect(link, `a sign-in link for ${email}`).toBeTruthy();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/admin$/);
}
