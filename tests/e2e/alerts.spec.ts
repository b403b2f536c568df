import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { createAlertWithDeliveries, deliveriesIn } from '../support/alert-deliveries';
import { signIn } from './support/sign-in';
import { createDetainedCase } from './support/test-case';

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const token = randomBytes(4).toString('hex');
const slug = `e2e-alerts-${token}`;
const followers: string[] = [];

test.afterAll(async () => {
  await db.case.deleteMany({ where: { slug } });
  await db.subscriber.deleteMany({ where: { email: { in: followers } } });
  await db.suppression.deleteMany({ where: { email: { in: followers } } });
  await db.$disconnect();
});

test('an organizer watches the email alert of a published update go out', async ({ page }) => {
  const subject = await createDetainedCase(db, slug, `Testperson ${token}`);
  const updateId = subject.updates[0]!.id;
  const alert = await createAlertWithDeliveries(db, { kind: 'UPDATE', updateId }, [
    ...deliveriesIn('SENT', 2),
    { state: 'SENT', suppressed: 'COMPLAINED', reported: 'COMPLAINED' },
    ...deliveriesIn('QUEUED', 2),
  ]);
  followers.push(...alert.emails);
  const user = `organizer-${token}@example.org`;
  await db.user.create({ data: { email: user, role: 'ORGANIZER' } });

  await signIn(page, user);
  await page.goto(`/en/admin/updates/${updateId}`);
  const panel = page.getByRole('region', { name: 'Email alerts' });
  const published = panel.getByRole('article', { name: 'Alert of the publication' });
  await expect(published.getByRole('progressbar', { name: '3 of 5 handled' })).toHaveAttribute('value', '3');
  await expect(published.getByRole('definition')).toHaveText(['5', '2', '3', '0', '0', '0', '1', '1', '0', '0']);
  await expect(panel.getByText('Spam reports: emails of this alert that their recipient marked as spam.')).toBeVisible();
  await expect(panel.getByText('These numbers update every 2 seconds')).toBeVisible();

  // The worker sends the rest: the page follows without a reload, then stops refreshing.
  await db.delivery.updateMany({ where: { alertId: alert.id, state: 'QUEUED' }, data: { state: 'SENT', sentAt: new Date() } });
  await expect(published.getByRole('progressbar', { name: '5 of 5 handled' })).toHaveAttribute('value', '5');
  await expect(published.getByRole('definition')).toHaveText(['5', '0', '5', '0', '0', '0', '1', '1', '0', '0']);
  await expect(panel.getByText('These numbers update every 2 seconds')).toHaveCount(0);

  // A test of the alert goes to the organizer alone, as followers get it.
  await page.getByRole('button', { name: 'Send me a test of this alert' }).click();
  await expect(page.getByRole('status')).toHaveText(`Sent to ${user}. It shows what followers get.`);
  await page.goto('/en/admin/mailbox');
  const test = page.getByTestId('mailbox-message').filter({ has: page.getByTestId('mailbox-to').getByText(user, { exact: true }) }).first();
  await expect(test).toContainText(`[TEST] Testperson ${token}: Arrêté`);
  await expect(test).toContainText('Arrêté à Aktaou.');
});
