import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { linkFromMailbox } from './support/mailbox';
import { signIn } from './support/sign-in';
import { createDetainedCase } from './support/test-case';

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const token = randomBytes(4).toString('hex');
const slug = `e2e-journey-${token}`;
const follower = `follower-${token}@example.org`;
const organizer = `organizer-journey-${token}@example.org`;

test.afterAll(async () => {
  await db.subscriber.deleteMany({ where: { email: follower } });
  await db.case.deleteMany({ where: { slug } });
  await db.$disconnect();
});

async function publishUpdate(page: Page, caseId: string, title: string) {
  await page.goto(`/en/admin/cases/${caseId}/updates/new`);
  await expect(page.getByRole('button', { name: 'Publish now', exact: true })).toBeEnabled();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Text', { exact: true }).fill(`${title}, selon ses proches.`);
  await page.getByLabel('Date it happened').fill('2026-11-20');
  await page.getByRole('button', { name: 'Publish now', exact: true }).click();
  await expect(page.getByTestId('update-state')).toContainText('Published');
}

const alertsTo = (subject: string) => db.mailboxMessage.findMany({ where: { to: follower, subject: { contains: subject } }, select: { headers: true } });

test('a follower gets the alert of a publication, unsubscribes in one click, and gets nothing after', async ({ page, request }) => {
  const subject = await createDetainedCase(db, slug, `Journeyperson ${token}`);
  await db.user.create({ data: { email: organizer, role: 'ORGANIZER' } });

  // A follower signs up for this case and confirms from the email.
  await page.goto(`/en/subscribe?case=${slug}`);
  await page.getByLabel('Email address').fill(follower);
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('status')).toContainText('Check your inbox');
  await page.goto(await linkFromMailbox(page, follower, 'subscribe/confirm'));
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByRole('heading', { name: 'Your email alerts' })).toBeVisible();

  // An organizer publishes: the worker sends the alert, and the update's page shows it went out.
  await page.context().clearCookies();
  await signIn(page, organizer);
  await publishUpdate(page, subject.id, `Transférée ${token}`);
  await expect(page.getByRole('progressbar', { name: '1 of 1 handled' })).toBeVisible({ timeout: 30_000 });
  const [alert] = await alertsTo(`Transférée ${token}`);
  const headers = alert!.headers as Record<string, string>;
  expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  const unsubscribe = /^<(.+)>$/.exec(headers['List-Unsubscribe']!)![1]!;
  expect(unsubscribe).toMatch(/\/unsubscribe\/[A-Za-z0-9_-]{43}$/);

  // The mailbox provider's one-click POST: no session, no CSRF token.
  const response = await request.post(new URL(unsubscribe).pathname, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(response.status()).toBe(200);

  await publishUpdate(page, subject.id, `Libérée ${token}`);
  await expect(page.getByText('No one followed this when the alert was queued.')).toBeVisible();
  expect(await alertsTo(`Libérée ${token}`)).toHaveLength(0);
  expect(await alertsTo(`Transférée ${token}`)).toHaveLength(1);
});
