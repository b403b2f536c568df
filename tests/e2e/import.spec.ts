import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { signIn } from './support/sign-in';

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const token = randomBytes(4).toString('hex');
const title = `Le régime répond à sa condamnation ${token}`;
/** Statement 004 is seeded already: a line of this test's own makes it a new text (the same text opens its review). */
const statement = `${readFileSync('seeds/documents/004_8e77b66041a4195c.txt', 'utf8')}\n\nRéf. ${token}`;

/** The imported document, its quotes, the demands citing them and the names to follow up are this test's own rows. */
test.afterAll(async () => {
  const documents = await db.sourceDocument.findMany({ where: { title }, select: { id: true } });
  const documentIds = documents.map((document) => document.id);
  await db.demand.deleteMany({ where: { citations: { some: { quote: { documentId: { in: documentIds } } } } } });
  await db.candidateName.deleteMany({ where: { documentId: { in: documentIds } } });
  await db.quote.deleteMany({ where: { documentId: { in: documentIds } } });
  await db.sourceDocument.deleteMany({ where: { id: { in: documentIds } } });
  await db.$disconnect();
});

test('an organizer imports a statement, resumes its review, accepts its seven demands and a new name, and readers see the statement and the demands only then', async ({ page }) => {
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
  await expect(page).toHaveURL(/\/en\/admin\/import\/[^/]+$/);
  const slug = (await db.sourceDocument.findFirstOrThrow({ where: { title }, select: { slug: true } })).slug;
  expect((await page.request.get(`/en/sources/${slug}`)).status()).toBe(404);

  // The review survives a reload, and importing the same text again opens it instead of storing a second copy.
  await page.reload();
  await page.goto('/en/admin/import');
  await page.getByLabel('Title', { exact: true }).fill(`${title} (again)`);
  await page.getByLabel('Issued by').selectOption('campaign-kazakhstan');
  await page.getByLabel('Date of the statement').fill('2012-03-19');
  await page.getByLabel('Text of the statement').fill(statement);
  await page.getByRole('button', { name: 'Store and read the statement' }).click();
  await expect(page.getByRole('status').filter({ hasText: `This text was already imported as “${title}”` })).toBeVisible();
  expect(await db.sourceDocument.count({ where: { title: { startsWith: title } } })).toBe(1);

  const proposals = page.getByTestId('demand-proposal');
  await expect(proposals).toHaveCount(7);
  await expect(proposals.first().getByRole('textbox')).toHaveValue('La libération de tous ceux arrêtés à Zhanaozen');
  await expect(page.getByTestId('person-proposal').filter({ hasText: 'Kuramshin' })).toHaveCount(1);
  await page.getByLabel('Campaign of the demands').selectOption('zhanaozen-2011');
  const nazarbaev = page.getByTestId('candidate-proposal').filter({ hasText: 'Nursultan Nazarbaev' });
  await nazarbaev.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Record the accepted proposals' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded: 7 demands, no draft update and 1 name to follow up. The statement is published.' })).toBeVisible();
  expect((await page.request.get(`/en/sources/${slug}`)).status()).toBe(200);

  await page.goto('/en/admin/import');
  await expect(page.getByTestId('name-to-follow-up').filter({ hasText: 'Nursultan Nazarbaev' }).filter({ hasText: title })).toHaveCount(1);

  await page.goto('/en/demands');
  const list = page.locator('section[data-demand-list]').filter({ hasText: title });
  await expect(list).toHaveCount(1);
  const items = list.locator('ol[data-kind="DEMAND"] > li');
  await expect(items).toHaveCount(7);
  await expect(items.first()).toContainText('La libération de tous ceux arrêtés à Zhanaozen');
  await expect(items.last()).toContainText('La démission du gouvernement et du président');
});
