import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import type { Role } from '../../lib/generated/prisma/enums';
import { createPrismaClient } from '../../lib/prisma-client';
import { instantAt, wallClockIn } from '../../lib/updates/schedule-time';
import { traverseHistory } from './support/history';
import { signIn } from './support/sign-in';
import { createDetainedCase } from './support/test-case';

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const token = () => randomBytes(4).toString('hex');
/** Cases these tests create (seeded rows stay untouched); removed with their updates afterwards. */
const createdSlugs: string[] = [];

test.afterAll(async () => {
  await db.case.deleteMany({ where: { slug: { in: createdSlugs } } });
  await db.$disconnect();
});

/** A workspace user of our own (audit entries keep users, so each test signs in with a fresh address). */
async function workspaceUser(role: Role) {
  const email = `${role.toLowerCase()}-${token()}@example.org`;
  await db.user.create({ data: { email, role } });
  return email;
}

/** A case of the January 2022 campaign, detained, with its one published update. */
async function createTestCase() {
  const slug = `e2e-case-${token()}`;
  createdSlugs.push(slug);
  return createDetainedCase(db, slug, `Testperson ${slug.slice(-8)}`);
}

const timeline = (page: Page) => page.getByTestId('timeline-entry');

/** Forms take input once hydrated (their buttons are disabled until then). */
const formReady = (page: Page, button: string) => expect(page.getByRole('button', { name: button, exact: true })).toBeEnabled();

test('an admin invites an organizer, who signs in, creates a case, drafts, schedules and publishes an update that the public page shows', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const slug = `e2e-new-${token()}`;
  createdSlugs.push(slug);
  const organizerEmail = `invited-organizer-${token()}@example.org`;
  const [adminContext, organizerContext] = await Promise.all([browser.newContext({ baseURL: testInfo.project.use.baseURL }), browser.newContext({ baseURL: testInfo.project.use.baseURL })]);
  const [admin, page] = await Promise.all([adminContext.newPage(), organizerContext.newPage()]);

  // The admin signs in with the link from the local mailbox and invites the organizer, who signs in the same way.
  await signIn(admin, await workspaceUser('ADMIN'));
  await admin.goto('/en/admin/people');
  await formReady(admin, 'Send the invitation');
  await admin.getByLabel('Email address').fill(organizerEmail);
  await admin.getByLabel('Role', { exact: true }).selectOption('ORGANIZER');
  await admin.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(admin.getByRole('status')).toHaveText(`Invitation sent to ${organizerEmail}.`);
  await signIn(page, organizerEmail);
  await expect(page.getByText(`Signed in as ${organizerEmail} (organizer)`)).toBeVisible();

  await page.goto('/en/admin/cases');
  await page.getByRole('link', { name: 'New case' }).click();
  await formReady(page, 'Create the case');
  await page.getByLabel('Name', { exact: true }).fill(`Aigul Testkyzy ${slug.slice(-8)}`);
  await page.getByLabel('Address (slug)').fill(slug);
  await page.getByLabel('Campaign').selectOption('january-2022');
  await page.getByLabel('Summary').fill('Syndicaliste arrêtée en janvier 2022.');
  await page.getByLabel('Title').fill('Arrêtée à Aktaou');
  await page.getByLabel('Date it happened').fill('2022-01-12');
  await page.getByLabel('Status', { exact: true }).selectOption('DETAINED');
  await page.getByRole('button', { name: 'Add a source' }).click();
  await page.getByLabel('Document').selectOption('doc-003-msk-soulevement-2022-01');
  await page.getByLabel('Quote').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Create the case' }).click();

  await expect(page).toHaveURL(/\/en\/admin\/cases\/(?!new$)[\w-]+$/);
  await expect(page.getByTestId('case-status')).toContainText('Detained');
  await page.getByRole('link', { name: 'Post an update' }).click();
  await formReady(page, 'Publish now');
  await page.getByLabel('Title').fill('Condamnée à cinq ans');
  await page.getByLabel('Text', { exact: true }).fill('Condamnée **hier** à Aktaou.\n\n<script>document.title = "pwned"</script>');
  await expect(page.getByTestId('markdown-preview').locator('strong')).toHaveText('hier');
  await page.getByLabel('Date it happened').fill('2022-06-01');
  await page.getByLabel('Status change').selectOption('SENTENCED');

  // Leaving with unsaved changes asks first; staying keeps what was typed.
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('unsaved changes');
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: /^Aigul Testkyzy/ }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Condamnée à cinq ans');

  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/updates\/[\w-]+$/);
  await expect(page.getByTestId('update-state')).toContainText('Draft');

  const publicPage = await page.context().newPage();
  await publicPage.goto(`/en/cases/${slug}`);
  await expect(publicPage.getByTestId('current-status')).toContainText('Detained');
  await expect(timeline(publicPage)).toHaveCount(1);
  await expect(publicPage.getByText('Condamnée à cinq ans')).toHaveCount(0);

  // Scheduled for tomorrow, it stays off the public page; then the organizer publishes it at once.
  await page.goto('/en/admin/updates');
  await page.getByRole('region', { name: 'Not yet public' }).getByRole('link', { name: 'Condamnée à cinq ans' }).click();
  await formReady(page, 'Schedule');
  await page.getByLabel('Time zone').selectOption('Asia/Almaty');
  await page.getByLabel('Publish on').fill(wallClockIn(new Date(Date.now() + 86_400_000), 'Asia/Almaty'));
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByTestId('update-state')).toContainText('Scheduled');
  await publicPage.reload();
  await expect(publicPage.getByText('Condamnée à cinq ans')).toHaveCount(0);

  await page.reload();
  await formReady(page, 'Publish now');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByTestId('update-state')).toContainText('Published');

  await publicPage.reload();
  await expect(publicPage.getByTestId('current-status')).toContainText('Sentenced');
  const entry = timeline(publicPage).filter({ hasText: 'Condamnée à cinq ans' });
  await expect(entry.locator('[data-status]')).toHaveText('Sentenced');
  await expect(entry.locator('[lang="fr"] strong')).toHaveText('hier');
  await expect(entry).toContainText('Original in French');
  expect(await entry.innerHTML()).not.toContain('<script');
  expect(await publicPage.title()).not.toBe('pwned');
  await Promise.all([adminContext.close(), organizerContext.close()]);
});

test('a scheduled update is published by the web process when its time comes', async ({ page }) => {
  test.setTimeout(120_000);
  const subject = await createTestCase();
  await signIn(page, await workspaceUser('ORGANIZER'));
  await page.goto(`/en/admin/cases/${subject.id}/updates/new`);
  await formReady(page, 'Schedule');
  await page.getByLabel('Title').fill('Libérée par amnistie');
  await page.getByLabel('Status change').selectOption('RELEASED');
  await page.getByLabel('How the release happened').selectOption('AMNESTY');
  const wallClock = wallClockIn(new Date(Date.now() + 5 * 60_000), 'Asia/Almaty');
  await page.getByLabel('Time zone').selectOption('Asia/Almaty');
  await page.getByLabel('Publish on').fill(wallClock);
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByTestId('update-state')).toContainText('Scheduled');

  const scheduled = await db.update.findFirstOrThrow({ where: { caseId: subject.id, title: 'Libérée par amnistie' } });
  expect(scheduled.state).toBe('SCHEDULED');
  expect(scheduled.scheduledFor?.toISOString()).toBe(instantAt(wallClock, 'Asia/Almaty')!.toISOString());
  await page.goto(`/en/cases/${subject.slug}`);
  await expect(page.getByText('Libérée par amnistie')).toHaveCount(0);

  // Its time comes: the web process publishes due updates every 30 seconds and revalidates the cached page, which
  // would otherwise be rendered again only after a minute.
  await db.update.update({ where: { id: scheduled.id }, data: { scheduledFor: new Date(Date.now() - 1000) } });
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('Libérée par amnistie')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 45_000, intervals: [2000] });
  await expect(page.getByTestId('current-status')).toContainText('Released (amnesty)');
});

test('a second organizer saving over a newer version sees both versions and loses nothing', async ({ browser }) => {
  const subject = await createTestCase();
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [pageA, pageB] = await Promise.all([first.newPage(), second.newPage()]);
  await signIn(pageA, await workspaceUser('ORGANIZER'));
  await signIn(pageB, await workspaceUser('ORGANIZER'));
  await Promise.all([pageA.goto(`/en/admin/cases/${subject.id}`), pageB.goto(`/en/admin/cases/${subject.id}`)]);
  await Promise.all([formReady(pageA, 'Save changes'), formReady(pageB, 'Save changes')]);

  await pageA.getByLabel('Summary').fill('Résumé de la première organisatrice.');
  await pageA.getByRole('button', { name: 'Save changes' }).click();
  await expect(pageA.getByText('Changes saved.')).toBeVisible();

  await pageB.getByLabel('Summary').fill('Résumé du second organisateur.');
  await pageB.getByLabel('Role').fill('Avocate');
  await pageB.getByRole('button', { name: 'Save changes' }).click();
  const conflict = pageB.getByTestId('conflict');
  await expect(conflict).toContainText('Someone changed this since you opened it');
  await expect(conflict.locator('[data-field="summary"] [data-version="theirs"]')).toHaveText('Résumé de la première organisatrice.');
  await expect(conflict.locator('[data-field="summary"] [data-version="yours"]')).toHaveText('Résumé du second organisateur.');
  await expect(conflict.locator('[data-field="role"] [data-version="yours"]')).toHaveText('Avocate');
  await expect(pageB.getByLabel('Summary')).toHaveValue('Résumé du second organisateur.');
  expect(await db.case.findUniqueOrThrow({ where: { id: subject.id } })).toMatchObject({ summary: 'Résumé de la première organisatrice.', role: null, version: 2 });

  await conflict.getByRole('button', { name: 'Save mine over theirs' }).click();
  await expect(pageB.getByText('Changes saved.')).toBeVisible();
  expect(await db.case.findUniqueOrThrow({ where: { id: subject.id } })).toMatchObject({ summary: 'Résumé du second organisateur.', role: 'Avocate', version: 3 });
  await Promise.all([first.close(), second.close()]);
});

test('a reviewer reads the cases, and the server refuses their saves', async ({ page }) => {
  const subject = await createTestCase();
  const email = await workspaceUser('ORGANIZER');
  await signIn(page, email);
  await page.goto(`/en/admin/cases/${subject.id}`);
  await formReady(page, 'Save changes');
  await page.getByLabel('Summary').fill('Changé après le passage en relecteur.');
  // The role changes while the form is open: the button is still there, the action refuses.
  await db.user.update({ where: { email }, data: { role: 'REVIEWER' } });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your role does not allow this; nothing was saved.' })).toBeVisible();
  await expect(page.getByLabel('Summary')).toHaveValue('Changé après le passage en relecteur.');
  expect(await db.case.findUniqueOrThrow({ where: { id: subject.id } })).toMatchObject({ summary: 'Résumé initial.', version: 1 });

  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/en/admin/cases');
  await expect(page.locator(`[data-case="${subject.slug}"]`)).toContainText('Detained');
  await expect(page.getByRole('link', { name: 'New case' })).toHaveCount(0);
  await page.getByRole('link', { name: subject.name }).click();
  await expect(page.getByLabel('Summary')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await page.goto('/en/admin/cases/new');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test("the browser's Back button asks before leaving a form with unsaved changes, and leaves a saved one at once", async ({ page }) => {
  const subject = await createTestCase();
  await signIn(page, await workspaceUser('ORGANIZER'));
  await page.goto('/en/admin/cases');
  await page.getByRole('link', { name: subject.name }).click();
  await formReady(page, 'Save changes');
  const editingAddress = page.url();
  const questions: string[] = [];
  let answer: 'stay' | 'leave' = 'stay';
  page.on('dialog', (dialog) => {
    questions.push(dialog.message());
    void (answer === 'stay' ? dialog.dismiss() : dialog.accept());
  });

  await page.getByLabel('Summary').fill('Résumé pas encore enregistré.');
  await traverseHistory(page, -1);
  await expect.poll(() => questions).toEqual([expect.stringContaining('unsaved changes')]);
  expect(page.url()).toBe(editingAddress);
  await expect(page.getByLabel('Summary')).toHaveValue('Résumé pas encore enregistré.');

  // Saved, the form is clean: one Back leaves it, without a question and without a step left in the history.
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await traverseHistory(page, -1);
  await expect(page).toHaveURL(/\/en\/admin\/cases$/);
  expect(questions).toHaveLength(1);

  await traverseHistory(page, 1);
  await formReady(page, 'Save changes');
  await expect(page.getByLabel('Summary')).toHaveValue('Résumé pas encore enregistré.');
  await page.getByLabel('Summary').fill('Abandonné.');
  answer = 'leave';
  await traverseHistory(page, -1);
  await expect(page).toHaveURL(/\/en\/admin\/cases$/);
  expect(questions).toHaveLength(2);
  expect(await db.case.findUniqueOrThrow({ where: { id: subject.id } })).toMatchObject({ summary: 'Résumé pas encore enregistré.', version: 2 });
});

test('a save that cannot reach the server says so and keeps what was typed; once back online, saving again works', async ({ page }) => {
  const subject = await createTestCase();
  await signIn(page, await workspaceUser('ORGANIZER'));
  await page.goto(`/en/admin/cases/${subject.id}`);
  await formReady(page, 'Save changes');
  await page.getByLabel('Summary').fill('Résumé tapé sans réseau.');

  // The network drops for the action's call: its request never leaves the browser.
  await page.route('**/*', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
  await page.getByRole('button', { name: 'Save changes' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'No answer came from the server, so this may not have been saved.' });
  await expect(failure).toBeVisible();
  await expect(page.getByLabel('Summary')).toHaveValue('Résumé tapé sans réseau.');
  expect(await db.case.findUniqueOrThrow({ where: { id: subject.id } })).toMatchObject({ summary: 'Résumé initial.', version: 1 });

  await page.unroute('**/*');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await expect(failure).toHaveCount(0);
  expect(await db.case.findUniqueOrThrow({ where: { id: subject.id } })).toMatchObject({ summary: 'Résumé tapé sans réseau.', version: 2 });
});

test('an organizer discards a draft after confirming, and lands on its case; dismissing the question keeps it', async ({ page }) => {
  const subject = await createTestCase();
  const draft = await db.update.create({
    data: { caseId: subject.id, title: 'Brouillon à jeter', body: 'Texte.', occurredOn: new Date('2022-01-12'), occurredOnPrecision: 'DAY', state: 'DRAFT' },
  });
  await signIn(page, await workspaceUser('ORGANIZER'));
  await page.goto(`/en/admin/updates/${draft.id}`);
  await formReady(page, 'Save as draft');

  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(page.getByTestId('update-state')).toContainText('Draft');
  expect(await db.update.findUnique({ where: { id: draft.id } })).not.toBeNull();

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('It has never been public');
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/cases/${subject.id}$`));
  expect(await db.update.findUnique({ where: { id: draft.id } })).toBeNull();
});
