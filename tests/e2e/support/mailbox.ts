import { expect, type Page } from '@playwright/test';

/** The first link of `path` in the newest email to `email` in the local mailbox (the worker sends it shortly). */
export async function linkFromMailbox(page: Page, email: string, path: string): Promise<string> {
  const message = page.getByTestId('mailbox-message').filter({ hasText: email });
  await expect(async () => {
    await page.goto('/en/admin/mailbox');
    await expect(message.first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return (await message.first().getByRole('link', { name: new RegExp(`/${path}/`) }).first().getAttribute('href'))!;
}
