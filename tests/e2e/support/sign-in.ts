import { expect, type Page } from '@playwright/test';

/**
 * Signs in as a person does: asks for a link on the sign-in page, then follows the newest link sent to that
 * address in the local mailbox. Ends on the dashboard. Each call counts against the sign-in rate limits.
 */
export async function signIn(page: Page, email: string) {
  await page.goto('/en/admin/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\/check-email$/);
  await page.goto('/en/admin/mailbox');
  const newest = page
    .getByTestId('mailbox-message')
    .filter({ has: page.getByTestId('mailbox-to').getByText(email, { exact: true }) })
    .filter({ hasText: 'Your sign-in link' })
    .first();
  await newest.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/en\/admin$/);
}
