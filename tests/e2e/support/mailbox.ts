import { expect, type Page } from '@playwright/test';

/**
 * The address of the first link holding `path` (`subscribe/confirm`, `admin/sign-in/confirm`) in the newest
 * email to `email` in the local mailbox. Mail arrives shortly after the action that sends it (the worker sends
 * subscription mail, sign-in links leave after the answer), so the mailbox is read again until it is there.
 */
export async function linkFromMailbox(page: Page, email: string, path: string, locale = 'en'): Promise<string> {
  const link = page
    .getByTestId('mailbox-message')
    .filter({ has: page.getByTestId('mailbox-to').getByText(email, { exact: true }) })
    .first()
    .locator(`a[href*="/${path}"]`)
    .first();
  await expect(async () => {
    await page.goto(`/${locale}/admin/mailbox`);
    await expect(link).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return (await link.getAttribute('href'))!;
}
