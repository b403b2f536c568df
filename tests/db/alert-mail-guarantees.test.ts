import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSeededAppDatabase } from '../support/app-database';
import { startRecordingResend, type RecordingResend } from '../support/resend-server';
import { session } from '../support/signed-in';

// Every mail of the app goes through sendEmail() to a local server that records what it receives (the real SDK).
vi.mock('@/lib/auth/session', () => import('../support/signed-in'));
vi.mock('next-intl/server', async () => ({ ...(await import('../support/english-translations')), getLocale: async () => 'en' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.3' }) }));

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let resend: RecordingResend;
const bounced = 'bounced@example.org';

beforeAll(async () => {
  resend = await startRecordingResend();
  database = await createSeededAppDatabase();
  Object.assign(process.env, { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url, EMAIL_REQUESTS_PER_SECOND: '1000' });
  await database.db.suppression.create({ data: { email: bounced, reason: 'BOUNCED' } });
});
afterAll(async () => {
  await database?.drop();
  await resend?.close();
});
beforeEach(() => resend.reset());

describe('a suppressed address', () => {
  it('still gets the sign-in link its account holder asks for, so that one bounce or spam click locks no organizer out', async () => {
    await database.db.user.create({ data: { email: bounced, role: 'ORGANIZER' } });
    const { authOptions } = await import('@/lib/auth/options');
    const provider = authOptions.providers[0] as unknown as { sendVerificationRequest: (request: { identifier: string; url: string }) => Promise<void> };
    await expect(provider.sendVerificationRequest({ identifier: bounced, url: 'https://tracker.example.org/api/auth/callback/email?token=abc' })).resolves.toBeUndefined();
    expect(resend.sent.map((mail) => mail.to)).toEqual([bounced]);
    await database.db.user.delete({ where: { email: bounced } });
  });

  it('gets no invitation', async () => {
    const { sendInvitationEmail } = await import('@/lib/people/invitation-email');
    await sendInvitationEmail({ email: bounced, role: 'REVIEWER', invitedBy: 'admin@example.org', expiresAt: new Date(Date.now() + 86_400_000), language: 'en' });
    expect(resend.calls).toEqual([]);
  });

  it('gets no confirmation of a sign-up', async () => {
    const { sendSubscriptionEmail } = await import('@/lib/subscriptions/emails');
    const subscriber = await database.db.subscriber.create({ data: { email: 'bounced-later@example.org', locale: 'en' } });
    // Suppressed after the email was prepared and tried once, with no answer.
    resend.fail({ status: 500, count: 1 });
    await expect(sendSubscriptionEmail({ subscriberId: subscriber.id })).rejects.toThrow();
    await database.db.suppression.create({ data: { email: subscriber.email, reason: 'COMPLAINED' } });
    await sendSubscriptionEmail({ subscriberId: subscriber.id });
    expect(resend.calls.map((call) => call.status)).toEqual([500]);
    expect(await database.db.pendingSubscriptionEmail.count()).toBe(0);
  });

  it('gets no test alert: the organizer is told why', async () => {
    const { sendTestAlert } = await import('@/lib/alerts/actions');
    const organizer = await database.db.user.create({ data: { email: 'organizer-bounced@example.org', role: 'ORGANIZER' } });
    await database.db.suppression.create({ data: { email: organizer.email, reason: 'BOUNCED' } });
    session.user = { id: organizer.id, email: organizer.email, name: null, role: 'ORGANIZER' };
    const update = await database.db.update.findFirstOrThrow({ where: { state: 'PUBLISHED' }, select: { id: true } });
    const result = await sendTestAlert({ updateId: update.id });
    expect(result.message).toBe('This address bounced or reported spam: it is suppressed, and no email is sent to it.');
    expect(resend.calls).toEqual([]);
  });
});

describe('the sign-up email', () => {
  it('is sent once however its job ends: a retry sends the same email under the same idempotency key', async () => {
    const { sendSubscriptionEmail } = await import('@/lib/subscriptions/emails');
    const subscriber = await database.db.subscriber.create({ data: { email: 'retried@example.org', locale: 'fr' } });
    // The provider takes the email but its answer is lost: the job fails and is run again.
    resend.fail({ status: 500, count: 1, accepted: true });
    await expect(sendSubscriptionEmail({ subscriberId: subscriber.id })).rejects.toThrow();
    await sendSubscriptionEmail({ subscriberId: subscriber.id });

    expect(resend.calls.map((call) => call.status)).toEqual([500, 200]);
    expect(new Set(resend.calls.map((call) => call.idempotencyKey)).size).toBe(1);
    expect(resend.sent.map((email) => email.to)).toEqual([subscriber.email]);
    // Sent: the link token is kept nowhere in clear.
    expect(await database.db.pendingSubscriptionEmail.count()).toBe(0);
  });

  it('is not sent again a day after a lost answer, when the provider no longer knows its key', async () => {
    const { sendSubscriptionEmail } = await import('@/lib/subscriptions/emails');
    const subscriber = await database.db.subscriber.create({ data: { email: 'day-later@example.org', locale: 'en' } });
    resend.fail({ status: 500, count: 1, accepted: true });
    await expect(sendSubscriptionEmail({ subscriberId: subscriber.id })).rejects.toThrow();
    resend.forgetKeys();
    await sendSubscriptionEmail({ subscriberId: subscriber.id }, new Date(Date.now() + 24 * 3_600_000));
    expect(resend.sent).toHaveLength(1);
    expect(await database.db.pendingSubscriptionEmail.count()).toBe(0);
  });

  it('is still sent after a day of the provider refusing it unread (rate limits), as it never reached the provider', async () => {
    const { sendSubscriptionEmail } = await import('@/lib/subscriptions/emails');
    const subscriber = await database.db.subscriber.create({ data: { email: 'rate-limited@example.org', locale: 'en' } });
    resend.fail({ status: 429, count: 1, retryAfterSeconds: 1 });
    await expect(sendSubscriptionEmail({ subscriberId: subscriber.id })).rejects.toThrow();
    resend.forgetKeys();
    await sendSubscriptionEmail({ subscriberId: subscriber.id }, new Date(Date.now() + 24 * 3_600_000));
    expect(resend.sent.map((email) => email.to)).toEqual([subscriber.email]);
    expect(await database.db.pendingSubscriptionEmail.count()).toBe(0);
  });
});
