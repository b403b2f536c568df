import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { scriptPayloads } from '../support/hostile-strings';
import { revalidatePublicPages } from './support/page-cache';
import { signIn } from './support/sign-in';

// Escaping is what is tested here, not the Content-Security-Policy (tests/e2e/security-headers.spec.ts): with the
// policy on, a script that slipped into a workspace page would be blocked and the test could not see it.
test.use({ bypassCSP: true });

const marker = `xss${randomBytes(3).toString('hex')}`;
const payloads = scriptPayloads(marker);
const allPayloads = payloads.join('\n');

/** Opens each address, failing on any dialog a payload opened and on any element a payload would have created. */
async function expectNoScriptRan(page: Page, addresses: string[]) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  for (const address of addresses) {
    // Loaded: inline handlers of injected markup (onerror, onload) have fired by then.
    const response = await page.goto(address);
    expect(response?.status(), address).toBeLessThan(500);
    const injected = page.locator('img[src="x"], svg[onload], iframe[srcdoc], details[ontoggle], a[href^="javascript:"], script:not([src])').filter({ hasText: marker });
    expect(await page.locator('img[src="x"], svg[onload], iframe[srcdoc], details[ontoggle], a[href^="javascript:"]').count(), address).toBe(0);
    expect(await injected.count(), address).toBe(0);
  }
  expect(dialogs).toEqual([]);
}

test('texts typed into the workspace run no script on any page that shows them', async ({ page }) => {
  test.setTimeout(120_000);
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  const email = `xss-organizer-${marker}@example.org`;
  await db.user.create({ data: { email, role: 'ORGANIZER' } });
  await signIn(page, email);

  const slug = `xss-case-${marker}`;
  const name = `${payloads[6]} ${payloads[1]}`.slice(0, 200);
  await page.goto('/en/admin/cases/new');
  await expect(page.getByRole('button', { name: 'Create the case', exact: true })).toBeEnabled();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Address (slug)').fill(slug);
  await page.getByLabel('Aliases').fill(payloads.join('\n'));
  await page.getByLabel('Campaign').selectOption('january-2022');
  for (const field of ['Summary', 'Role', 'Charges', 'Sentence', 'Place of detention', 'Letter address']) await page.getByLabel(field, { exact: true }).fill(allPayloads);
  await page.getByLabel('Title').fill(payloads[0]!);
  await page.getByLabel('Text', { exact: true }).fill(allPayloads);
  await page.getByLabel('Date it happened').fill('2022-01-12');
  await page.getByLabel('Status', { exact: true }).selectOption('DETAINED');
  await page.getByRole('button', { name: 'Create the case', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/admin\/cases\/(?!new$)[\w-]+$/);
  const caseId = page.url().split('/').at(-1)!;

  // The other records are written straight to the database: the database tests send every form's texts through
  // its action; what matters here is how pages show what is stored.
  const issuer = await db.organisation.findFirstOrThrow({ select: { id: true } });
  const event = await db.actionEvent.create({
    data: { slug: `xss-event-${marker}`, title: payloads[2]!, kind: 'PICKET', description: allPayloads, language: 'en', startsAt: new Date('2031-03-10T12:00:00Z'), timeZone: 'Asia/Almaty', venue: payloads[1], city: payloads[0], campaignId: 'january-2022', cases: { create: [{ caseId }] } },
  });
  const demand = await db.demand.create({
    data: { slug: `xss-demand-${marker}`, text: allPayloads, progressNote: allPayloads, language: 'en', kind: 'DEMAND', status: 'PENDING', campaignId: 'january-2022', issuedById: issuer.id, issuedOn: new Date('2022-02-01'), issuedOnPrecision: 'DAY', position: 900, cases: { create: [{ caseId }] } },
  });
  const source = await db.sourceDocument.create({
    data: { slug: `xss-source-${marker}`, title: payloads[6]!, summary: allPayloads, body: allPayloads, language: 'en', issuedOn: new Date('2022-01-10'), issuedOnPrecision: 'DAY', issuers: { create: [{ organisationId: issuer.id, position: 0 }] } },
  });
  const update = await db.update.findFirstOrThrow({ where: { caseId }, select: { id: true } });
  await revalidatePublicPages();

  await expectNoScriptRan(page, [
    `/en/cases/${slug}`,
    `/en/cases/${slug}/opengraph-image/card`,
    '/en/cases',
    '/en',
    '/en/events',
    '/en/demands',
    `/en/events/${event.slug}`,
    `/en/sources/${source.slug}`,
    '/en/admin',
    '/en/admin/cases',
    `/en/admin/cases/${caseId}`,
    `/en/admin/cases/${caseId}/updates/new`,
    '/en/admin/updates',
    `/en/admin/updates/${update.id}`,
    `/en/admin/demands/${demand.id}`,
    `/en/admin/events/${event.id}`,
    `/en/admin/sources/${source.id}`,
  ]);

  // Shown as typed, not dropped: the case page prints the texts literally.
  await page.goto(`/en/cases/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText(payloads[0]!).first()).toBeVisible();
  expect(await page.title()).toContain(payloads[6]);

  await db.actionEvent.delete({ where: { id: event.id } });
  await db.demand.delete({ where: { id: demand.id } });
  await db.sourceDocument.delete({ where: { id: source.id } });
  await db.case.delete({ where: { id: caseId } });
  await revalidatePublicPages();
  await db.$disconnect();
});

test('addresses and search terms are never written back as markup', async ({ page }) => {
  // One page visit per payload and address.
  test.setTimeout(120_000);
  const reflected = (payload: string) => encodeURIComponent(payload);
  await expectNoScriptRan(page, [
    ...payloads.map((payload) => `/en/cases?q=${reflected(payload)}&campaign=${reflected(payload)}&status=${reflected(payload)}`),
    `/en/subscribe?case=${reflected(payloads[1]!)}&campaign=${reflected(payloads[2]!)}`,
    `/en/${reflected(payloads[0]!)}`,
    `/en/cases/${reflected(payloads[1]!)}`,
    `/en/subscription/${reflected(payloads[1]!)}`,
  ]);
  await page.goto(`/en/cases?q=${reflected(payloads[0]!)}`);
  await expect(page.getByRole('searchbox')).toHaveValue(payloads[0]!);
});

test('an address holding a NUL character is refused before any page reads it', async ({ request }) => {
  for (const address of ['/en/cases/%00', '/en/events/a%00b', '/en/sources/%00', '/en/cases/%00/opengraph-image', '/events/%00/ics', '/en/admin/cases/%00']) {
    expect((await request.get(address, { maxRedirects: 0 })).status(), address).toBe(400);
  }
});
