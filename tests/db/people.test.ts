import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../lib/generated/prisma/enums';
import { createTestDatabase } from '../support/test-database';

/** The session next-auth would find (the signed-in user's id, or nobody); `actingAs` overrides it per call. */
const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
const actingAs = new AsyncLocalStorage<string>();

vi.mock('next-auth', () => ({
  getServerSession: async () => {
    const userId = actingAs.getStore() ?? signedIn.userId;
    return userId ? { user: { id: userId } } : null;
  },
}));
vi.mock('next-intl/server', () => import('../support/english-translations'));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let people: typeof import('../../lib/people/actions');
let access: typeof import('../../lib/auth/access');
let queries: typeof import('../../lib/people/queries');
const environment = { DATABASE_URL: process.env.DATABASE_URL, ADMIN_EMAILS: process.env.ADMIN_EMAILS, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  database = await createTestDatabase();
  Object.assign(process.env, { DATABASE_URL: database.url, ADMIN_EMAILS: 'bootstrap@example.org', NEXTAUTH_URL: 'https://tracker.example.org/' });
  people = await import('../../lib/people/actions');
  access = await import('../../lib/auth/access');
  queries = await import('../../lib/people/queries');
});
afterAll(async () => {
  const { db } = await import('../../lib/db');
  await db.$disconnect();
  await database?.drop();
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

let admin: { id: string; email: string };
let counter = 0;
const unique = (name: string) => `${name}-${++counter}@example.org`;

async function createUser(role: Role, { disabled = false, email = unique(role.toLowerCase()) } = {}) {
  return database.db.user.create({ data: { email, role, disabledAt: disabled ? new Date() : null }, select: { id: true, email: true } });
}
const signInAs = (user: { id: string } | null) => {
  signedIn.userId = user?.id ?? null;
};
const auditCount = () => database.db.auditLog.count();
const mailboxCount = () => database.db.mailboxMessage.count();

/** Holds the active admins' rows until `waiters` transactions wait for them, then lets the calls proceed. */
async function whileAdminsLocked<T>(waiters: number, start: () => Promise<T>[]): Promise<T[]> {
  let calls: Promise<T>[] = [];
  await database.db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL FOR UPDATE`;
      calls = start();
      for (let waiting = 0; waiting < waiters; await new Promise((resolve) => setTimeout(resolve, 50))) {
        const [row] = await tx.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        waiting = row!.count;
      }
    },
    { timeout: 30_000 },
  );
  return Promise.all(calls);
}
const lastAudit = (action: string) => database.db.auditLog.findFirst({ where: { action }, orderBy: { at: 'desc' } });

beforeEach(async () => {
  admin = await createUser('ADMIN');
  signInAs(admin);
});
afterEach(() => vi.useRealTimers());

describe('inviting', () => {
  it('stores the address lower-cased with a 7-day expiry, audits it and emails a sign-in page address without a token', async () => {
    const before = Date.now();
    const result = await people.inviteAction({ email: '  New.Organizer@Example.ORG ', role: 'ORGANIZER', language: 'en' });
    expect(result).toEqual({ ok: true, data: { email: 'new.organizer@example.org' } });

    const invitation = await database.db.invitation.findFirstOrThrow({ where: { email: 'new.organizer@example.org' } });
    expect(invitation).toMatchObject({ role: 'ORGANIZER', invitedById: admin.id, acceptedAt: null, revokedAt: null });
    const days = (invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 86_400_000;
    expect(days).toBe(7);
    expect(invitation.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const entry = await lastAudit('invitation.create');
    expect(entry).toMatchObject({ actorId: admin.id, entityType: 'Invitation', entityId: invitation.id, before: null });
    expect(entry?.after).toEqual({ email: 'new.organizer@example.org', role: 'ORGANIZER', expiresAt: invitation.expiresAt.toISOString() });

    const email = await database.db.mailboxMessage.findFirstOrThrow({ where: { to: 'new.organizer@example.org' } });
    for (const body of [email.text, email.html]) {
      expect(body).toContain('https://tracker.example.org/en/admin/sign-in');
      expect(body).toContain(admin.email);
      expect(body).not.toMatch(/token|callback|\/api\/auth/i);
    }
    expect(email.text).toMatch(/as an organizer/);
    expect(await access.maySignIn('NEW.organizer@example.org')).toBe(true);
    expect((await queries.listPendingInvitations()).map((pending) => pending.email)).toContain('new.organizer@example.org');
  });

  it('refuses an address that is already invited, has an account, is disabled or is suppressed, with an error on the field and nothing written', async () => {
    const invited = unique('invited');
    expect((await people.inviteAction({ email: invited, role: 'REVIEWER', language: 'en' })).ok).toBe(true);
    const active = await createUser('REVIEWER');
    const disabled = await createUser('ORGANIZER', { disabled: true });
    const bounced = unique('bounced');
    await database.db.suppression.create({ data: { email: bounced, reason: 'BOUNCED' } });
    const [entries, messages, invitations] = await Promise.all([auditCount(), mailboxCount(), database.db.invitation.count()]);

    const attempts = [
      [invited.toUpperCase(), 'This address already has a pending invitation.'],
      [active.email, 'This address already has an account.'],
      [disabled.email, 'This address belongs to a disabled account: re-enable it in the list of users instead.'],
      ['Bootstrap@example.org', "This address is an admin by the server's configuration (ADMIN_EMAILS) and needs no invitation."],
      [bounced, 'Mail to this address bounced or was reported as spam, so nothing is sent to it: it could receive neither the invitation nor a sign-in link.'],
    ] as const;
    for (const [email, error] of attempts) {
      expect(await people.inviteAction({ email, role: 'ORGANIZER', language: 'en' }), email).toEqual({ message: 'Check the address; nothing was sent.', errors: { email: [error] } });
    }
    expect([await auditCount(), await mailboxCount(), await database.db.invitation.count()]).toEqual([entries, messages, invitations]);
  });

  it('answers validation keys for a malformed address, role or language', async () => {
    const result = await people.inviteAction({ email: 'not an address', role: 'OWNER', language: 'de' });
    expect(result.ok).toBeUndefined();
    expect(result.errors).toEqual({ email: ['email'], role: ['choice'], language: ['choice'] });
    expect((await people.inviteAction({ email: '', role: 'ADMIN', language: 'en' })).errors).toEqual({ email: ['required'] });
  });

  it('lets an invitation lapse after 7 days: no sign-in any more, and the address may be invited again', async () => {
    const email = unique('lapsing');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
    expect((await people.inviteAction({ email, role: 'ORGANIZER', language: 'en' })).ok).toBe(true);

    vi.setSystemTime(new Date('2030-01-08T11:59:00Z'));
    expect(await access.maySignIn(email)).toBe(true);
    expect((await people.inviteAction({ email, role: 'ORGANIZER', language: 'en' })).errors).toEqual({ email: ['This address already has a pending invitation.'] });

    vi.setSystemTime(new Date('2030-01-08T12:01:00Z'));
    expect(await access.maySignIn(email)).toBe(false);
    expect(await access.claimRoleForNewUser(email)).toBeNull();
    expect((await queries.listPendingInvitations()).map((pending) => pending.email)).not.toContain(email);
    expect(await people.revokeInvitationAction({ invitationId: (await database.db.invitation.findFirstOrThrow({ where: { email } })).id })).toEqual({
      message: 'This invitation is no longer pending (accepted, revoked or expired). Reload the page.',
    });
    expect((await people.inviteAction({ email, role: 'REVIEWER', language: 'en' })).ok).toBe(true);
    expect(await access.claimRoleForNewUser(email)).toBe('REVIEWER');
  });

  it('saves nothing, not even the audit entry, when the email cannot be sent', async () => {
    const email = unique('unreachable');
    await database.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_mail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'mail service down'; END; $$;
      CREATE TRIGGER refuse_mail BEFORE INSERT ON "MailboxMessage" FOR EACH ROW EXECUTE FUNCTION refuse_mail();`);
    const entries = await auditCount();
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await people.inviteAction({ email, role: 'ORGANIZER', language: 'en' })).toEqual({
        message: 'The invitation email could not be sent, so nothing was saved. Try again in a moment.',
      });
    } finally {
      errorLog.mockRestore();
      await database.db.$executeRawUnsafe('DROP TRIGGER refuse_mail ON "MailboxMessage"; DROP FUNCTION refuse_mail();');
    }
    expect(await database.db.invitation.count({ where: { email } })).toBe(0);
    expect(await auditCount()).toBe(entries);
    expect(await access.maySignIn(email)).toBe(false);
  });
});

describe('emails in the recipient’s language', () => {
  const newestMailTo = (email: string) => database.db.mailboxMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: 'desc' } });

  it.each([
    ['fr', 'Votre invitation à l’espace de travail de la campagne', /comme organisateur·rice : vous modifierez les cas/, /L’invitation expire le \d{1,2} \p{L}+ \d{4} à \d{2}:\d{2} UTC/u],
    ['ru', 'Приглашение в рабочее пространство кампании', /в роли организатора: вы будете редактировать дела/, /Приглашение действует до \d{1,2} \p{L}+ \d{4} г\., \d{2}:\d{2} UTC/u],
  ] as const)('sends the invitation in the language chosen (%s), leading to the sign-in page in that language', async (language, subject, role, expiry) => {
    const email = unique(`newcomer-${language}`);
    expect((await people.inviteAction({ email, role: 'ORGANIZER', language })).ok).toBe(true);
    const message = await newestMailTo(email);
    expect(message.subject).toBe(subject);
    expect(message.html).toContain(`lang="${language}"`);
    for (const body of [message.text, message.html]) {
      expect(body).toMatch(role);
      expect(body).toMatch(expiry);
      expect(body).toContain(admin.email);
      expect(body).toContain(`https://tracker.example.org/${language}/admin/sign-in`);
      expect(body).not.toMatch(/invited|expires|sign-in page/i);
    }
  });

  it.each([
    ['fr', '/fr/admin', 'Votre lien de connexion', /Ce lien vous connecte une seule fois à tracker\.example\.org et expire dans 15 minutes\./],
    ['ru', '/ru/admin', 'Ваша ссылка для входа', /Эта ссылка один раз выполняет вход на tracker\.example\.org и действует 15 минут\./],
    ['en', '/admin', 'Your sign-in link', /This link signs you in to tracker\.example\.org once and expires in 15 minutes\./],
  ])('sends the sign-in link in the language of the page it was asked on (%s)', async (language, page, subject, validity) => {
    const { authOptions } = await import('../../lib/auth/options');
    const provider = authOptions.providers[0] as unknown as { sendVerificationRequest: (request: { identifier: string; url: string }) => Promise<void> };
    const callbackUrl = `https://tracker.example.org${page}`;
    const url = `https://tracker.example.org/api/auth/callback/email?${new URLSearchParams({ callbackUrl, token: `token-${language}`, email: admin.email })}`;
    await provider.sendVerificationRequest({ identifier: admin.email, url });
    const message = await newestMailTo(admin.email);
    expect(message.subject).toBe(subject);
    expect(message.html).toContain(`lang="${language}"`);
    expect(message.text).toMatch(validity);
    expect(message.text).toContain(`https://tracker.example.org/${language}/admin/sign-in/confirm?${new URLSearchParams({ token: `token-${language}`, email: admin.email, callbackUrl })}`);
    expect(message.text).not.toContain('/api/auth/callback');
    if (language !== 'en') expect(message.text).not.toMatch(/sign in|expires/i);
  });
});

describe('revoking an invitation', () => {
  it('stops the address from signing in and audits it once', async () => {
    const email = unique('revoked');
    await people.inviteAction({ email, role: 'ORGANIZER', language: 'en' });
    const invitation = await database.db.invitation.findFirstOrThrow({ where: { email } });

    expect(await people.revokeInvitationAction({ invitationId: invitation.id })).toEqual({ ok: true });
    expect(await access.maySignIn(email)).toBe(false);
    const entry = await lastAudit('invitation.revoke');
    expect(entry).toMatchObject({ actorId: admin.id, entityType: 'Invitation', entityId: invitation.id, before: { revokedAt: null } });
    expect((entry?.after as { revokedAt: string }).revokedAt).toBe((await database.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt?.toISOString());

    const entries = await auditCount();
    expect((await people.revokeInvitationAction({ invitationId: invitation.id })).ok).toBeUndefined();
    expect(await auditCount()).toBe(entries);
  });
});

describe('roles', () => {
  it('changes a role with its before and after in the audit log, and writes nothing when the role is unchanged', async () => {
    const organizer = await createUser('ORGANIZER');
    expect(await people.changeRoleAction({ userId: organizer.id, role: 'REVIEWER' })).toEqual({ ok: true });
    expect((await database.db.user.findUniqueOrThrow({ where: { id: organizer.id } })).role).toBe('REVIEWER');
    expect(await lastAudit('user.role')).toMatchObject({ actorId: admin.id, entityType: 'User', entityId: organizer.id, before: { role: 'ORGANIZER' }, after: { role: 'REVIEWER' } });

    const entries = await auditCount();
    expect(await people.changeRoleAction({ userId: organizer.id, role: 'REVIEWER' })).toEqual({ ok: true });
    expect(await auditCount()).toBe(entries);
  });

  it('refuses to remove your own admin role', async () => {
    const entries = await auditCount();
    expect(await people.changeRoleAction({ userId: admin.id, role: 'ORGANIZER' })).toEqual({ message: 'You cannot remove your own admin role; another admin can.' });
    expect((await database.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe('ADMIN');
    expect(await auditCount()).toBe(entries);
  });

  it('keeps one admin when the last two demote or disable each other at the same moment', async () => {
    for (const change of ['demote', 'disable'] as const) {
      await database.db.user.updateMany({ where: { role: 'ADMIN' }, data: { disabledAt: new Date() } });
      const [first, second] = [await createUser('ADMIN'), await createUser('ADMIN')];
      const entries = await auditCount();
      const act = (actor: { id: string }, target: { id: string }) =>
        actingAs.run(actor.id, () => (change === 'demote' ? people.changeRoleAction({ userId: target.id, role: 'ORGANIZER' }) : people.disableUserAction({ userId: target.id })));

      // Both pass the session check, then wait on the admins' rows the test holds, so they really run at once.
      const results = await whileAdminsLocked(2, () => [act(first, second), act(second, first)]);
      expect(results, change).toEqual(expect.arrayContaining([{ ok: true }, { message: 'This is the last active admin: the workspace would have none left.' }]));
      expect(await database.db.user.count({ where: { role: 'ADMIN', disabledAt: null } }), change).toBe(1);
      expect(await auditCount(), change).toBe(entries + 1);
    }
  });

  it('writes the change and its audit entry together: when the entry cannot be written, the role stays', async () => {
    const organizer = await createUser('ORGANIZER');
    await database.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log unavailable'; END; $$;
      CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION refuse_audit();`);
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await people.changeRoleAction({ userId: organizer.id, role: 'ADMIN' })).toEqual({ message: 'Something went wrong on our side; nothing was saved. Try again in a moment.' });
      expect((await people.disableUserAction({ userId: organizer.id })).ok).toBeUndefined();
    } finally {
      errorLog.mockRestore();
      await database.db.$executeRawUnsafe('DROP TRIGGER refuse_audit ON "AuditLog"; DROP FUNCTION refuse_audit();');
    }
    expect(await database.db.user.findUniqueOrThrow({ where: { id: organizer.id }, select: { role: true, disabledAt: true } })).toEqual({ role: 'ORGANIZER', disabledAt: null });
  });
});

describe('disabling and re-enabling', () => {
  it('disables a user, ends their sessions, audits it, and re-enables them', async () => {
    const organizer = await createUser('ORGANIZER');
    await database.db.session.create({ data: { userId: organizer.id, sessionToken: `token-${organizer.id}`, expires: new Date(Date.now() + 86_400_000) } });

    expect(await people.disableUserAction({ userId: organizer.id })).toEqual({ ok: true });
    const { disabledAt } = await database.db.user.findUniqueOrThrow({ where: { id: organizer.id } });
    expect(disabledAt).not.toBeNull();
    expect(await database.db.session.count({ where: { userId: organizer.id } })).toBe(0);
    expect(await access.maySignIn(organizer.email)).toBe(false);
    expect(await lastAudit('user.disable')).toMatchObject({ actorId: admin.id, entityId: organizer.id, before: { disabledAt: null }, after: { disabledAt: disabledAt!.toISOString() } });

    signInAs(organizer);
    const { getCurrentUser } = await import('../../lib/auth/session');
    expect(await getCurrentUser()).toBeNull();
    signInAs(admin);

    expect(await people.enableUserAction({ userId: organizer.id })).toEqual({ ok: true });
    expect(await access.maySignIn(organizer.email)).toBe(true);
    expect(await lastAudit('user.enable')).toMatchObject({ entityId: organizer.id, before: { disabledAt: disabledAt!.toISOString() }, after: { disabledAt: null } });
  });

  it('refuses to disable yourself', async () => {
    const entries = await auditCount();
    expect(await people.disableUserAction({ userId: admin.id })).toEqual({ message: 'You cannot disable your own account; another admin can.' });
    expect(await database.db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { disabledAt: true } })).toEqual({ disabledAt: null });
    expect(await auditCount()).toBe(entries);
  });

  it('answers unknown users with a message, not a crash', async () => {
    expect(await people.disableUserAction({ userId: 'no-such-user' })).toEqual({ message: 'This account no longer exists. Reload the page.' });
    expect(await people.changeRoleAction({ userId: 'no-such-user', role: 'ADMIN' })).toEqual({ message: 'This account no longer exists. Reload the page.' });
  });
});

describe('who may manage people', () => {
  it('refuses organizers, reviewers, disabled admins and visitors, and writes nothing', async () => {
    const target = await createUser('REVIEWER');
    const [entries, invitations] = await Promise.all([auditCount(), database.db.invitation.count()]);
    const callers = [
      [await createUser('ORGANIZER'), 'Your role does not allow this; nothing was saved.'],
      [await createUser('REVIEWER'), 'Your role does not allow this; nothing was saved.'],
      [await createUser('ADMIN', { disabled: true }), 'Your session has ended. Sign in again; nothing was saved.'],
      [null, 'Your session has ended. Sign in again; nothing was saved.'],
    ] as const;
    for (const [caller, message] of callers) {
      signInAs(caller);
      expect(await people.inviteAction({ email: unique('refused'), role: 'ADMIN', language: 'en' })).toEqual({ message });
      expect(await people.changeRoleAction({ userId: target.id, role: 'ADMIN' })).toEqual({ message });
      expect(await people.disableUserAction({ userId: target.id })).toEqual({ message });
    }
    expect([await auditCount(), await database.db.invitation.count()]).toEqual([entries, invitations]);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('REVIEWER');
  });
});
