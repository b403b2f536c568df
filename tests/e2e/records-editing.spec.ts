import { randomBytes } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { instantAt } from '../../lib/updates/schedule-time';
import { signIn } from './support/sign-in';

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const token = () => randomBytes(4).toString('hex');

test.afterAll(() => db.$disconnect());

async function organizer() {
  const email = `organizer-${token()}@example.org`;
  await db.user.create({ data: { email, role: 'ORGANIZER' } });
  return email;
}

test.describe('organizers edit demands and actions', () => {
  // Other tests expect no upcoming action: this one creates one for a moment.
  test.describe.configure({ lock: 'upcoming-actions' });

  test('a demand set to partly met shows so on the public page; a new action in Almaty is listed as upcoming', async ({ page }) => {
    const suffix = token();
    const demandSlug = `e2e-demand-${suffix}`;
    const eventSlug = `e2e-action-${suffix}`;
    const issuer = await db.organisation.findFirstOrThrow({ select: { id: true } });
    const demand = await db.demand.create({
      data: { slug: demandSlug, text: `Revendication de test ${suffix}`, campaignId: 'january-2022', issuedById: issuer.id, issuedOn: new Date('2022-02-01'), issuedOnPrecision: 'DAY' },
    });
    try {
      await signIn(page, await organizer());

      await page.goto(`/en/admin/demands/${demand.id}`);
      await page.getByLabel('Status', { exact: true }).selectOption('PARTLY_MET');
      await page.getByLabel('Progress note', { exact: true }).fill('Two of them released.');
      await page.getByRole('button', { name: 'Save demand' }).click();
      await expect(page.getByRole('status')).toHaveText('The demand was saved.');
      await page.goto('/en/demands');
      await expect(page.locator(`[data-demand="${demandSlug}"] [data-demand-status]`)).toHaveText('Partly met');

      const day = new TZDate(Date.now() + 30 * 24 * 3600_000, 'Asia/Almaty');
      const startsAt = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}T18:00`;
      await page.goto('/en/admin/events/new');
      await page.getByLabel('Title', { exact: true }).fill(`Piquet de test ${suffix}`);
      await page.getByLabel('Address (slug)', { exact: true }).fill(eventSlug);
      await page.getByLabel('Starts (local time)').fill(startsAt);
      await page.getByLabel('Time zone of the place').selectOption('Asia/Almaty');
      await page.getByLabel('City', { exact: true }).fill('Almaty');
      await page.getByLabel('Online link', { exact: true }).fill('https://example.org/meet');
      await page.getByRole('button', { name: 'Create action event' }).click();
      await expect(page).toHaveURL(/\/en\/admin\/events\/(?!new$)[^/]+$/);
      const stored = await db.actionEvent.findUniqueOrThrow({ where: { slug: eventSlug }, select: { startsAt: true } });
      expect(stored.startsAt.toISOString()).toBe(instantAt(startsAt, 'Asia/Almaty')!.toISOString());

      await page.goto('/en/events');
      await expect(page.getByTestId('upcoming-events')).toContainText(`Piquet de test ${suffix}`);
    } finally {
      await db.actionEvent.deleteMany({ where: { slug: eventSlug } });
      await db.demand.deleteMany({ where: { slug: demandSlug } });
    }
  });
});

test("an organizer records a group's new number from a statement, and the public page adds it to the group's history", async ({ page }) => {
  const slug = `e2e-group-${token()}`;
  const group = await db.case.create({ data: { slug, kind: 'GROUP', name: `Groupe ${slug}`, campaignId: 'january-2022', status: 'DETAINED' } });
  try {
    await signIn(page, await organizer());
    await page.goto(`/en/admin/cases/${group.id}`);
    await expect(page.getByRole('button', { name: 'Add the number' })).toBeEnabled();
    await expect(page.getByRole('region', { name: 'How many, over time' })).toContainText('No number recorded yet.');

    // No number and no quote: both are asked for, beside their fields.
    await page.getByRole('button', { name: 'Remove source 1' }).click();
    await page.getByRole('button', { name: 'Add the number' }).click();
    await expect(page.locator('#field-count-error')).toHaveText('This field is required.');
    await expect(page.locator('#field-sources-error')).toHaveText('Add the quote of a statement that gives this number.');

    await page.getByLabel('As the statement puts it').selectOption('MORE_THAN');
    await page.getByLabel('Number').fill('45');
    await page.getByLabel('As of').fill('2022-01-20');
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.getByLabel('Document').selectOption('doc-003-msk-soulevement-2022-01');
    await page.getByLabel('Quote').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Add the number' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The number was added' })).toBeVisible();
    await expect(page.getByTestId('group-counts')).toContainText('more than 45');
    await expect(page.getByLabel('Number')).toHaveValue('');

    // With both of the page's forms changed, leaving asks once.
    const questions: string[] = [];
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await page.getByLabel('Summary').fill('Les 52 accusés de Janaozen.');
    await page.getByLabel('Number').fill('46');
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Cases', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/admin\/cases$/);
    expect(questions).toHaveLength(1);

    const reader = await page.context().newPage();
    await reader.goto(`/en/cases/${slug}`);
    await expect(reader.getByTestId('group-count')).toHaveCount(1);
    await expect(reader.getByTestId('group-count')).toContainText('more than 45');
  } finally {
    await db.case.delete({ where: { id: group.id } });
  }
});
