import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import type { Role } from '../../lib/generated/prisma/enums';
import { pageAccess, type Access } from '../support/access-table';
import { signIn } from './support/sign-in';

const rank: Record<Role, number> = { REVIEWER: 1, ORGANIZER: 2, ADMIN: 3 };
const isRole = (access: Access): access is Role => access in rank;
const sampleAddress = (pattern: string, sample?: string) => (sample ?? pattern).replace('/[locale]', '/en');
const workspacePages = Object.entries(pageAccess).flatMap(([pattern, { access, sample }]) => (isRole(access) ? [{ access, address: sampleAddress(pattern, sample) }] : []));
const linkTokenPages = Object.entries(pageAccess).flatMap(([pattern, { access, sample }]) => (access === 'LINK_TOKEN' ? [sampleAddress(pattern, sample)] : []));

test('every page opened by a subscriber link gives one clear answer to an unknown token', async ({ page }) => {
  for (const address of linkTokenPages) {
    await page.goto(address);
    await expect(page.getByRole('heading', { name: 'This link no longer works' }), address).toBeVisible();
  }
});

test('every workspace page sends visitors who are not signed in to the sign-in page', async ({ request }) => {
  for (const { address } of workspacePages) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(307);
    expect(response.headers().location, address).toMatch(/\/en\/admin\/sign-in$/);
  }
});

test('a reviewer is refused every workspace page above their role', async ({ page }) => {
  // One visit per workspace page: the time grows with their number.
  test.setTimeout(120_000);
  const email = `reviewer-${Date.now()}@example.org`;
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  await db.user.create({ data: { email, role: 'REVIEWER' } });
  await db.$disconnect();
  await signIn(page, email);
  for (const { address, access } of workspacePages) {
    await page.goto(address);
    if (rank[access] > rank.REVIEWER) await expect(page.getByRole('heading', { name: 'Not allowed' }), address).toBeVisible();
    else await expect(page.getByText('Not allowed'), address).toHaveCount(0);
  }
});
