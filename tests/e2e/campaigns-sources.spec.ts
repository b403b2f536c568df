import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { signIn } from './support/sign-in';

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
test.afterAll(() => db.$disconnect());

async function organizer() {
  const email = `campaigns-${randomBytes(4).toString('hex')}@example.org`;
  await db.user.create({ data: { email, role: 'ORGANIZER' } });
  return email;
}

test('an organizer renames a campaign of their own and the home page shows it; a quoted document keeps its text', async ({ page }) => {
  const suffix = randomBytes(3).toString('hex');
  const campaign = await db.campaign.create({ data: { slug: `test-campaign-${suffix}`, title: `Campagne ${suffix}`, summary: 'Résumé de test.', position: 99 } });
  try {
    await signIn(page, await organizer());
    await page.goto(`/en/admin/campaigns/${campaign.id}`);
    await page.getByLabel('Title', { exact: true }).fill(`Campagne renommée ${suffix}`);
    await page.getByRole('button', { name: 'Save campaign' }).click();
    await expect(page.getByText('The campaign was saved.')).toBeVisible();
    await page.goto('/en');
    await expect(page.getByRole('heading', { name: `Campagne renommée ${suffix}` })).toBeVisible();

    await page.goto('/en/admin/sources');
    await page.getByRole('link', { name: /Le régime répond/ }).first().click();
    await expect(page.getByText('The text cannot change: quotes cite this document')).toBeVisible();
  } finally {
    await db.campaign.delete({ where: { id: campaign.id } });
  }
});

test('an organizer creates a campaign, is told when its address is taken, and the home page lists it', async ({ page }) => {
  const suffix = randomBytes(3).toString('hex');
  const slug = `campagne-${suffix}`;
  try {
    await signIn(page, await organizer());
    await page.goto('/en/admin/campaigns');
    await page.getByRole('link', { name: 'New campaign' }).click();
    await page.getByLabel('Title', { exact: true }).fill(`Nouvelle campagne ${suffix}`);
    await page.getByLabel('Summary', { exact: true }).fill('Pour les grévistes poursuivis.');
    await page.getByLabel('Address (slug)').fill('zhanaozen-2011');
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await expect(page.locator('#field-slug-error')).toHaveText('Another record already has this address.');

    await page.getByLabel('Address (slug)').fill(slug);
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await expect(page.getByRole('heading', { name: 'Edit campaign' })).toBeVisible();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(`Nouvelle campagne ${suffix}`);

    await page.goto('/en');
    const listed = page.locator(`#campaign-${slug}`);
    await expect(listed.getByRole('heading', { name: `Nouvelle campagne ${suffix}` })).toHaveAttribute('lang', 'fr');
    await expect(listed.getByText('Pour les grévistes poursuivis.')).toBeVisible();
  } finally {
    await db.campaign.deleteMany({ where: { slug } });
  }
});

test('an organizer withholds a public statement, which leaves the public pages, and publishes it again', async ({ page, context }) => {
  const slug = `test-statement-${randomBytes(3).toString('hex')}`;
  const issuer = await db.organisation.findFirstOrThrow({ select: { id: true } });
  const source = await db.sourceDocument.create({
    data: { slug, title: `Déclaration ${slug}`, body: 'Nous exigeons la libération de tous les prisonniers.', language: 'fr', issuedOn: new Date('2022-02-01'), issuedOnPrecision: 'DAY', issuers: { create: [{ organisationId: issuer.id, position: 0 }] } },
  });
  try {
    await signIn(page, await organizer());
    const reader = await context.newPage();
    await reader.goto(`/en/sources/${slug}`);
    await expect(reader.getByRole('heading', { name: `Déclaration ${slug}` })).toBeVisible();

    await page.goto('/en/admin/sources');
    await expect(page.getByRole('row').filter({ hasText: `Déclaration ${slug}` })).toContainText('Public');
    await page.getByRole('link', { name: `Déclaration ${slug}` }).click();
    await page.getByRole('button', { name: 'Withhold this statement' }).click();
    await expect(page.getByRole('note').filter({ hasText: 'Withheld: not shown to the public.' })).toBeVisible();
    await expect((await reader.goto(`/en/sources/${slug}`))!.status()).toBe(404);

    await page.getByRole('button', { name: 'Publish this statement' }).click();
    await expect(page.getByRole('heading', { name: 'Withhold from the public' })).toBeVisible();
    await reader.goto(`/en/sources/${slug}`);
    await expect(reader.getByRole('heading', { name: `Déclaration ${slug}` })).toBeVisible();
  } finally {
    await db.sourceDocument.delete({ where: { id: source.id } });
  }
});

test('an organizer adds an organisation from the statement import, which then offers it as the issuer without losing what was typed', async ({ page }) => {
  const suffix = randomBytes(3).toString('hex');
  const slug = `comite-de-soutien-${suffix}`;
  const name = `Comité de soutien ${suffix}`;
  try {
    await signIn(page, await organizer());
    await page.goto('/en/admin/import');
    await page.getByLabel('Title', { exact: true }).fill(`Déclaration ${suffix}`);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: 'Add an organisation' }).click()]);
    await tab.getByLabel('Name', { exact: true }).fill(name);
    await tab.getByLabel('Address (slug)').fill('rsd');
    await tab.getByLabel('Other names').fill('CS\nStrike Support Committee');
    await tab.getByLabel('Country').fill('FR');
    await tab.getByRole('button', { name: 'Create organisation' }).click();
    await expect(tab.locator('#field-slug-error')).toHaveText('Another record already has this address.');
    await tab.getByLabel('Address (slug)').fill(slug);
    await tab.getByRole('button', { name: 'Create organisation' }).click();
    await expect(tab.getByRole('heading', { name: 'Edit organisation' })).toBeVisible();
    await tab.goto('/en/admin/organisations');
    await expect(tab.locator(`[data-organisation="${slug}"]`)).toContainText(name);
    await tab.close();

    // A headless browser never hides a tab: the import page is told it is shown again, as when the organizer comes back.
    await page.bringToFront();
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(page.getByLabel('Issued by').locator('option', { hasText: name })).toHaveCount(1);
    await page.getByLabel('Issued by').selectOption({ label: name });
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(`Déclaration ${suffix}`);
  } finally {
    await db.organisation.deleteMany({ where: { slug } });
  }
});
