import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { signIn } from './support/sign-in';

const auditActions = (page: Page) => page.locator('[data-audit-entry]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-audit-entry')));

async function expectNoSeriousViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
}

test('an admin invites an organizer, changes their role, disables them, and finds it all in the audit log', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL!;
  const db = createPrismaClient(process.env.DATABASE_URL!, 2);
  const token = randomBytes(4).toString('hex');
  const adminEmail = `admin-${token}@example.org`;
  const inviteeEmail = `organizer-${token}@example.org`;
  // An admin of this test only, so that the bootstrap admin's sign-in limit stays free for other tests.
  const admin = await db.user.create({ data: { email: adminEmail, role: 'ADMIN' }, select: { id: true } });
  const inviteeContext = await browser.newContext({ baseURL });
  try {
    await signIn(page, adminEmail);

    await test.step('the admin invites the organizer, in French', async () => {
      await page.goto('/fr/admin/people');
      await expect(page.getByRole('heading', { level: 1, name: 'Personnes' })).toBeVisible();
      await page.getByLabel('Adresse électronique').fill(` ${inviteeEmail.toUpperCase()} `);
      await page.getByLabel('Rôle', { exact: true }).selectOption('ORGANIZER');
      await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
      await expect(page.getByRole('status')).toHaveText(`Invitation envoyée à ${inviteeEmail}.`);
      const invitation = page.locator(`[data-invitation="${inviteeEmail}"]`);
      await expect(invitation).toContainText('organisateur·rice');
      await expect(invitation).toContainText(adminEmail);

      await page.getByLabel('Adresse électronique').fill(inviteeEmail);
      await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
      await expect(page.locator('#invite-email-error')).toHaveText('Cette adresse a déjà une invitation en attente.');
      await expect(page.getByText('Vérifiez l’adresse ; rien n’a été envoyé.')).toHaveAttribute('role', 'alert');
    });

    await test.step('the invitation email, in the French of the admin’s page, points to the sign-in page and carries no token', async () => {
      await page.goto('/en/admin/mailbox');
      const email = page.getByTestId('mailbox-message').filter({ hasText: 'Votre invitation à l’espace de travail de la campagne' }).filter({ hasText: inviteeEmail });
      await expect(email).toHaveCount(1);
      await expect(email).toContainText('comme organisateur·rice');
      await expect(email.getByRole('link', { name: `${baseURL}/fr/admin/sign-in` }).first()).toBeVisible();
      const stored = await db.mailboxMessage.findFirstOrThrow({ where: { to: inviteeEmail }, select: { text: true, html: true } });
      for (const body of [stored.text, stored.html]) expect(body).not.toMatch(/token|callback|\/api\/auth/i);
    });

    const invitee = await inviteeContext.newPage();
    await test.step('the invitee signs in as an organizer, who may not manage people', async () => {
      await signIn(invitee, inviteeEmail);
      await expect(invitee.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      await expect(invitee.getByText(`Signed in as ${inviteeEmail} (organizer)`)).toBeVisible();
      await expect(invitee.getByRole('link', { name: 'People' })).toHaveCount(0);
      for (const path of ['/en/admin/people', '/en/admin/audit']) {
        await invitee.goto(path);
        await expect(invitee.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
        await expect(invitee.getByRole('button', { name: /Send the invitation|Filter/ })).toHaveCount(0);
        await expect(invitee.locator('[data-user], [data-audit-entry]')).toHaveCount(0);
      }
    });

    await test.step('the admin makes the invitee a reviewer, then disables them', async () => {
      await page.goto('/fr/admin/people');
      const row = page.locator(`[data-user="${inviteeEmail}"]`);
      await expect(row).toContainText('organisateur·rice');
      await row.getByLabel(`Rôle de ${inviteeEmail}`, { exact: true }).selectOption('REVIEWER');
      await row.getByRole('button', { name: `Enregistrer le rôle de ${inviteeEmail}` }).click();
      await expect(row.getByRole('status')).toHaveText(`Rôle de ${inviteeEmail} enregistré.`);
      await expect(row).toContainText('relecteur·rice');

      await invitee.goto('/en/admin');
      await expect(invitee.getByText(`Signed in as ${inviteeEmail} (reviewer)`)).toBeVisible();

      await row.getByRole('button', { name: `Désactiver ${inviteeEmail}` }).click();
      await expect(row.getByRole('status')).toHaveText(`Le compte ${inviteeEmail} est désactivé et ses sessions sont fermées.`);
      await expect(row).toContainText('Compte désactivé depuis le');
      await expect(row.getByRole('button', { name: `Réactiver ${inviteeEmail}` })).toBeVisible();

      await invitee.reload();
      await expect(invitee).toHaveURL(/\/en\/admin\/sign-in$/);
    });

    await test.step('the audit log lists these changes and filters them', async () => {
      await page.goto('/en/admin/audit');
      await page.getByLabel('Who').selectOption({ label: adminEmail });
      await page.getByRole('button', { name: 'Filter' }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]actor=${admin.id}`));
      expect(await auditActions(page)).toEqual(['user.disable', 'user.role', 'invitation.create', 'auth.signIn']);
      const roleChange = page.locator('[data-audit-entry="user.role"]');
      await expect(roleChange).toContainText(inviteeEmail);
      await expect(roleChange.locator('[data-change="role"] del')).toHaveText('ORGANIZER');
      await expect(roleChange.locator('[data-change="role"] ins')).toHaveText('REVIEWER');
      await expect(roleChange).toContainText(/UTC/);
      await expect(roleChange).toContainText(/your time: /);
      await expect(page.locator('[data-audit-entry="invitation.create"] [data-change]')).toHaveCount(3);

      await page.getByLabel('Action').fill('user.');
      await page.getByRole('button', { name: 'Filter' }).click();
      await expect(page).toHaveURL(/[?&]action=user\./);
      expect(await auditActions(page)).toEqual(['user.disable', 'user.role']);
      await expect(page.getByLabel('Action')).toHaveValue('user.');

      // The history of the invitee's account, from the entity link: created at first sign-in, then changed.
      await page.locator('[data-audit-entry="user.role"]').getByRole('link', { name: /Every entry about/ }).click();
      await expect(page).toHaveURL(/[?&]entityType=User&entityId=/);
      expect(await auditActions(page)).toEqual(['user.disable', 'user.role', 'auth.signIn', 'user.create']);
      await expectNoSeriousViolation(page);
    });

    await test.step('the people page speaks Russian and passes an accessibility scan', async () => {
      await page.goto('/ru/admin/people');
      await expect(page.getByRole('heading', { level: 1, name: 'Люди' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Отправить приглашение' })).toBeVisible();
      await expect(page.locator(`[data-user="${inviteeEmail}"]`)).toContainText('Отключена с');
      await expectNoSeriousViolation(page);
    });
  } finally {
    await inviteeContext.close();
    await db.session.deleteMany({ where: { user: { email: { in: [adminEmail, inviteeEmail] } } } });
    await db.invitation.deleteMany({ where: { email: inviteeEmail } });
    await db.mailboxMessage.deleteMany({ where: { to: { in: [adminEmail, inviteeEmail] } } });
    // The users stay, disabled: the append-only audit log refers to them.
    await db.user.updateMany({ where: { email: { in: [adminEmail, inviteeEmail] } }, data: { disabledAt: new Date() } });
    await db.$disconnect();
  }
});
