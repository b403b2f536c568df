import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { signIn } from './support/sign-in';

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const token = randomBytes(4).toString('hex');
const title = `Le régime répond à sa condamnation ${token}`;
const statement = readFileSync('seeds/documents/004_8e77b66041a4195c.txt', 'utf8');

/** The imported document, its quotes and the demands citing them are this test's own rows. */
test.afterAll(async () => {
  const documents = await db.sourceDocument.findMany({ where: { title }, select: { id: true } });
  const documentIds = documents.map((document) => document.id);
  await db.demand.deleteMany({ where: { citations: { some: { quote: { documentId: { in: documentIds } } } } } });
  await db.quote.deleteMany({ where: { documentId: { in: documentIds } } });
  await db.sourceDocument.deleteMany({ where: { id: { in: documentIds } } });
  await db.$disconnect();
});

test('an organizer imports a statement, accepts its seven demands and readers see them as one list', async ({ page }) => {
  const email = `organizer-import-${token}@example.org`;
  await db.user.create({ data: { email, role: 'ORGANIZER' } });
  await signIn(page, email);

  await page.goto('/en/admin/import');
  await expect(page.getByRole('button', { name: 'Store and read the statement' })).toBeEnabled();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Issued by').selectOption('campaign-kazakhstan');
  await page.getByLabel('Date of the statement').fill('2012-03-19');
  await page.getByLabel('Language of the statement').selectOption('fr');
  await page.getByLabel('Text of the statement').fill(statement);
  await page.getByRole('button', { name: 'Store and read the statement' }).click();

  await expect(page.getByRole('heading', { name: 'Review the proposals' })).toBeVisible();
  const proposals = page.getByTestId('demand-proposal');
  await expect(proposals).toHaveCount(7);
  await expect(proposals.first()).toContainText('La libération de tous ceux arrêtés à Zhanaozen');
  await expect(page.getByTestId('person-proposal').filter({ hasText: 'Kuramshin' })).toHaveCount(1);
  await page.getByLabel('Campaign of the demands').selectOption('zhanaozen-2011');
  await page.getByRole('button', { name: 'Record the accepted proposals' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded: 7 demands and no draft update.' })).toBeVisible();

  await page.goto('/en/demands');
  const list = page.locator('section[data-demand-list]').filter({ hasText: title });
  await expect(list).toHaveCount(1);
  const items = list.locator('ol[data-kind="DEMAND"] > li');
  await expect(items).toHaveCount(7);
  await expect(items.first()).toContainText('La libération de tous ceux arrêtés à Zhanaozen');
  await expect(items.last()).toContainText('La démission du gouvernement et du président');
});
