import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { pageAccess, type Access } from '../support/access-table';
import { signIn } from './support/sign-in';

const rank: Record<Access, number> = { PUBLIC: 0, REVIEWER: 1, ORGANIZER: 2, ADMIN: 3 };
const workspacePages = Object.entries(pageAccess)
  .filter(([, { access }]) => access !== 'PUBLIC')
  .map(([pattern, { access, sample }]) => ({ access, address: (sample ?? pattern).replace('/[locale]', '/en') }));

test('every workspace page sends visitors who are not signed in to the sign-in page', async ({ request }) => {
  for (const { address } of workspacePages) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(307);
    expect(response.headers().location, address).toMatch(/\/en\/admin\/sign-in$/);
  }
});

test('a reviewer is refused every workspace page above their role', async ({ page }) => {
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
