import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import type { Role } from '../../../lib/generated/prisma/enums';
import type { Db } from '../../../lib/prisma-client';
import { linkFromMailbox } from './mailbox';

/** Presses the sign-in button of the page an emailed link opens, in whatever language it is. */
export const confirmSignIn = (page: Page) => page.locator('form[action="/api/auth/callback/email"] button[type="submit"]').click();

/**
 * Signs in as a person does: asks for a link on the sign-in page, then follows the newest sign-in link sent to
 * that address in the local mailbox and confirms. Ends on the dashboard. Each call counts against the sign-in rate limits.
 */
export async function signIn(page: Page, email: string, locale = 'en') {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/admin\/sign-in\/check-email$/);
  await page.goto(await linkFromMailbox(page, email, 'admin/sign-in/confirm', locale));
  await confirmSignIn(page);
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}

/** Signs in as a new workspace user of this role (audit entries keep users, so each test has its own address). */
export async function signInAsNew(page: Page, db: Db, role: Role) {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.org`;
  await db.user.create({ data: { email, role } });
  await signIn(page, email);
  return email;
}
