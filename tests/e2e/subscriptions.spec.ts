import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { linkFromMailbox } from './support/mailbox';

const uniqueEmail = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

test('a follower subscribes, confirms from the email, changes their choices and unsubscribes', async ({ page }) => {
  const email = uniqueEmail('journey');
  await page.goto('/en/cases/vadim-kuramshin');
  await page.getByRole('link', { name: 'Follow this case by email' }).click();
  await expect(page.getByRole('heading', { name: 'Email alerts', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Vadim Kuramshin')).toBeChecked();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('status')).toContainText('Check your inbox');

  await page.goto(await linkFromMailbox(page, email, 'subscribe/confirm'));
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByRole('heading', { name: 'Your email alerts' })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/subscription\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(`Alerts for ${email}.`)).toBeVisible();
  await expect(page.getByLabel('Vadim Kuramshin')).toBeChecked();

  await page.getByLabel('A weekly digest').check();
  await page.getByRole('button', { name: 'Save my choices' }).click();
  await expect(page.getByText('Your choices are saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('A weekly digest')).toBeChecked();

  await page.getByRole('button', { name: 'Unsubscribe from all alerts' }).click();
  await expect(page.getByTestId('subscription-state')).toContainText('Unsubscribed');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the subscribe form keeps what was typed on an error, then signs up', async ({ page }) => {
    const email = uniqueEmail('no-script');
    await page.goto('/en/subscribe?case=vadim-kuramshin');
    await expect(page.getByLabel('Only what I choose below')).toBeChecked();
    await page.getByLabel('Email address').fill('not-an-address');
    await page.getByLabel('A weekly digest').check();
    await page.getByRole('button', { name: 'Subscribe' }).click();

    await expect(page.getByText('Enter a valid email address')).toBeVisible();
    await expect(page.getByLabel('Email address')).toHaveValue('not-an-address');
    await expect(page.getByLabel('Vadim Kuramshin')).toBeChecked();
    await expect(page.getByLabel('A weekly digest')).toBeChecked();

    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('status')).toContainText('Check your inbox');

    const db = createPrismaClient(process.env.DATABASE_URL!, 1);
    const subscriber = await db.subscriber.findUnique({ where: { email }, select: { state: true, frequency: true, cases: { select: { case: { select: { slug: true } } } } } });
    await db.$disconnect();
    expect(subscriber).toEqual({ state: 'PENDING', frequency: 'WEEKLY', cases: [{ case: { slug: 'vadim-kuramshin' } }] });
  });
});
