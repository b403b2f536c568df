import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { format } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSeededAppDatabase } from '../support/app-database';
import { startRecordingResend, type RecordingResend } from '../support/resend-server';
import { session } from '../support/signed-in';

// The sign-in, subscription and alert paths as a deployed site runs them: HTTPS, mail through the (recording)
// Resend API. next-auth runs its own core; work a route hands to after() waits here until the test runs it.
const afterResponse = vi.hoisted(() => [] as (() => Promise<unknown>)[]);
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), after: (task: () => Promise<unknown>) => void afterResponse.push(task) }));
const fromIp = new AsyncLocalStorage<string>();
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': fromIp.getStore() ?? '198.51.100.7' }) }));
vi.mock('next-intl/server', () => import('../support/english-translations'));
vi.mock('next/cache', () => ({ refresh: () => {}, revalidatePath: () => {} }));
// Workspace actions run as a signed-in admin (the people page's invitations).
vi.mock('@/lib/auth/session', () => import('../support/signed-in'));
class Redirected extends Error {
  constructor(readonly url: string) {
    super('redirect');
  }
}
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
  unstable_rethrow: (error: unknown) => {
    if (error instanceof Redirected) throw error;
  },
}));

const site = 'https://tracker.example.org';
const admin = 'admin@sign-in.test';
let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let resend: RecordingResend;
/** Everything written to the console while the paths ran, as Node prints it. */
const logs: string[] = [];
/** Addresses and tokens the paths handled: none may be in the logs. */
const secrets = new Set<string>();

beforeAll(async () => {
  resend = await startRecordingResend();
  database = await createSeededAppDatabase();
  Object.assign(process.env, {
    NEXTAUTH_URL: site,
    NEXTAUTH_SECRET: 'sign-in-tests-secret-0123456789abcdef',
    ADMIN_EMAILS: admin,
    RESEND_API_KEY: 're_test_key',
    RESEND_BASE_URL: resend.url,
    EMAIL_REQUESTS_PER_SECOND: '1000',
    HUMAN_CHECK: 'off',
  });
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logs.push(format(...args)));
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await database?.drop();
  await resend?.close();
});

/** What a deployed site does with work after the answer, or with a failed job: runs it, and logs what it throws. */
const runAfterResponse = () => Promise.all(afterResponse.splice(0).map((task) => task().catch((error: unknown) => console.error(error))));
const runJob = (job: Promise<unknown>) => job.catch((error: unknown) => console.error('Failed task with error', error));

type Cookie = { name: string; value: string; options: { secure?: boolean; httpOnly?: boolean; sameSite?: string | boolean; path?: string } };
type AuthRequest = { method?: 'GET' | 'POST'; providerId?: string; body?: Record<string, string>; query?: Record<string, string>; cookies?: Record<string, string> };
type AuthResponse = { status?: number; redirect?: string; body?: { csrfToken?: string }; cookies?: Cookie[] };
/**
 * next-auth's core, which its App Router handler calls with the request it read through next/headers (out of reach
 * of a test's mocks, so the test calls the core as that handler does). The package does not export it by name.
 */
const { AuthHandler } = createRequire(import.meta.url)('../../node_modules/next-auth/core/index.js') as {
  AuthHandler: (params: { req: Record<string, unknown>; options: unknown }) => Promise<AuthResponse>;
};

async function auth(action: string, { method = 'GET', providerId, body, query = {}, cookies = {} }: AuthRequest = {}) {
  const { authOptions } = await import('@/lib/auth/options');
  return AuthHandler({ req: { method, action, providerId, body, query, cookies, headers: { host: 'tracker.example.org', 'x-forwarded-proto': 'https' } }, options: authOptions });
}

/** Asks for a sign-in link as the sign-in form does: a CSRF token first, then the address. */
async function requestLink(email: string) {
  const csrf = await auth('csrf');
  const csrfCookie = csrf.cookies!.find((cookie) => cookie.name.endsWith('next-auth.csrf-token'))!;
  secrets.add(csrf.body!.csrfToken!);
  const response = await auth('signin', {
    method: 'POST',
    providerId: 'email',
    body: { email, csrfToken: csrf.body!.csrfToken!, callbackUrl: `${site}/en/admin` },
    cookies: { [csrfCookie.name]: csrfCookie.value },
  });
  return { csrfCookie, response: { status: response.status, redirect: response.redirect, body: response.body } };
}

const mailsTo = (email: string) => resend.sent.filter((mail) => mail.to === email);
/** The emailed sign-in link: the page that asks for a click, whose form sends its query on to next-auth's callback. */
const signInLinkPattern = /https:\/\/tracker\.example\.org\/en\/admin\/sign-in\/confirm\?\S+/;
const linkIn = (text: string, pattern: RegExp) => {
  const found = pattern.exec(text)?.[0];
  if (!found) throw new Error(`no link in ${text}`);
  return new URL(found);
};

describe('signing in', () => {
  it('answers every address the same, at once, and mails a link only to those who may sign in', async () => {
    const stranger = 'stranger@sign-in.test';
    const disabled = 'disabled@sign-in.test';
    await database.db.user.create({ data: { email: disabled, role: 'ADMIN', disabledAt: new Date() } });
    [admin, stranger, disabled].forEach((email) => secrets.add(email));

    const answers = [await requestLink(admin), await requestLink(stranger), await requestLink(disabled)];
    expect(answers.map(({ response }) => response)).toEqual(Array(3).fill({ status: undefined, redirect: `${site}/api/auth/verify-request?provider=email&type=email`, body: undefined }));
    // The answer left before the address was looked at: nothing is sent yet, for anyone.
    expect(resend.sent).toHaveLength(0);
    await runAfterResponse();
    expect([mailsTo(admin).length, mailsTo(stranger).length, mailsTo(disabled).length]).toEqual([1, 0, 0]);
  });

  it('keeps every cookie to HTTPS, out of reach of scripts, and off cross-site requests', async () => {
    resend.reset();
    const { csrfCookie } = await requestLink(admin);
    expect(csrfCookie.name).toBe('__Host-next-auth.csrf-token');
    expect(csrfCookie.options).toMatchObject({ secure: true, httpOnly: true, sameSite: 'lax', path: '/' });
    await runAfterResponse();
    const link = linkIn(mailsTo(admin)[0]!.text, signInLinkPattern);
    secrets.add(link.searchParams.get('token')!);

    const signedIn = await auth('callback', { providerId: 'email', query: Object.fromEntries(link.searchParams) });
    expect(signedIn.redirect).toBe(`${site}/en/admin`);
    const session = signedIn.cookies!.find((cookie) => cookie.name.includes('session-token'))!;
    secrets.add(session.value);
    expect(session.name).toBe('__Secure-next-auth.session-token');
    expect(session.options).toMatchObject({ secure: true, httpOnly: true, sameSite: 'lax', path: '/' });
    for (const cookie of signedIn.cookies!) expect(cookie.options.secure, cookie.name).toBe(true);
  });

  it('refuses what is no address before any lookup, the same for every such input', async () => {
    resend.reset();
    for (const notAnAddress of ['admin', `${admin}\u0000`, `${admin}, victim@example.org`, `${'a'.repeat(300)}@sign-in.test`, 'аdmin@sign-in.test']) {
      expect((await requestLink(notAnAddress)).response, JSON.stringify(notAnAddress)).toEqual({ status: undefined, redirect: `${site}/api/auth/error?error=EmailSignin`, body: undefined });
    }
    await runAfterResponse();
    expect(resend.sent).toHaveLength(0);
  });

  it('counts requests without an address against the network address only, and never fails on the body', async () => {
    const { signInRequestRefusal } = await import('@/lib/auth/sign-in-request');
    const post = (body: BodyInit, ip: string) => new Request(`${site}/api/auth/signin/email`, { method: 'POST', body, headers: { 'x-forwarded-for': ip } });
    for (const body of [new URLSearchParams({ email: `${admin}\u0000` }), new URLSearchParams({ email: 'x'.repeat(1_000_000) }), '{"email": [1]}', new URLSearchParams()]) {
      expect(await signInRequestRefusal(post(body, '192.0.2.50'))).toBeNull();
    }
  });
});

describe('what the database keeps of a sign-in', () => {
  /** Every row of the tables that hold sessions, sign-in links and rate limits, as text. */
  const storedRows = async () => {
    const [sessions, links, limits] = await Promise.all([
      database.db.$queryRaw<unknown[]>`SELECT * FROM "Session"`,
      database.db.$queryRaw<unknown[]>`SELECT * FROM "VerificationToken"`,
      database.db.$queryRaw<unknown[]>`SELECT * FROM "RateLimit"`,
    ]);
    return { sessions, links, limits, text: JSON.stringify([sessions, links, limits], (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)) };
  };

  it('holds no session token, no link token and no address, and the session still opens', async () => {
    const { signInRequestRefusal } = await import('@/lib/auth/sign-in-request');
    const { hashToken } = await import('@/lib/subscriptions/tokens');
    resend.reset();
    const ip = '192.0.2.77';
    // What the sign-in route does before next-auth: the rate limits, per network address and per email address.
    const linkRequest = new Request(`${site}/api/auth/signin/email`, { method: 'POST', body: new URLSearchParams({ email: admin }), headers: { 'x-forwarded-for': ip } });
    expect(await signInRequestRefusal(linkRequest)).toBeNull();
    await requestLink(admin);
    await runAfterResponse();
    const link = linkIn(mailsTo(admin).at(-1)!.text, signInLinkPattern);
    const linkToken = link.searchParams.get('token')!;
    const pending = await storedRows();
    expect(pending.links.length).toBeGreaterThan(0);
    expect(pending.limits.length).toBeGreaterThan(0);
    for (const raw of [linkToken, admin, ip]) expect(pending.text, raw).not.toContain(raw);

    const signedIn = await auth('callback', { providerId: 'email', query: Object.fromEntries(link.searchParams) });
    const cookie = signedIn.cookies!.find((candidate) => candidate.name.includes('session-token'))!;
    const stored = await storedRows();
    expect(stored.sessions.length).toBeGreaterThan(0);
    for (const raw of [cookie.value, linkToken, admin, ip]) expect(stored.text, raw).not.toContain(raw);
    // The session is stored under the hash of the cookie's token, and the cookie opens it.
    expect(await database.db.session.count({ where: { sessionToken: hashToken(cookie.value) } })).toBe(1);
    const opened = await auth('session', { cookies: { [cookie.name]: cookie.value } });
    expect(opened.body).toMatchObject({ user: { email: admin, role: 'ADMIN' } });
  });
});

describe('how long a sign-in link and a session last', () => {
  /** A fresh link for the admin, from the mail the provider received. */
  async function freshLink() {
    resend.reset();
    await requestLink(admin);
    await runAfterResponse();
    return linkIn(mailsTo(admin).at(-1)!.text, signInLinkPattern);
  }
  const follow = (link: URL) => auth('callback', { providerId: 'email', query: Object.fromEntries(link.searchParams) });
  const sessionCookie = (response: AuthResponse) => response.cookies?.find((cookie) => cookie.name.includes('session-token') && cookie.value !== '');

  it('a link expires after 15 minutes: followed later, it opens no session and says the link no longer works', async () => {
    const link = await freshLink();
    const stored = await database.db.verificationToken.findMany({ select: { expires: true } });
    const minutesLeft = Math.max(...stored.map((row) => row.expires.getTime() - Date.now())) / 60_000;
    expect(minutesLeft).toBeGreaterThan(14);
    expect(minutesLeft).toBeLessThanOrEqual(15);

    await database.db.verificationToken.updateMany({ data: { expires: new Date(Date.now() - 1000) } });
    const followed = await follow(link);
    expect(followed.redirect).toBe(`${site}/api/auth/error?error=Verification`);
    expect(sessionCookie(followed)).toBeUndefined();
  });

  it('a session ends at its expiry: its cookie then opens nothing', async () => {
    const cookie = sessionCookie(await follow(await freshLink()))!;
    const open = () => auth('session', { cookies: { [cookie.name]: cookie.value } });
    expect((await open()).body).toMatchObject({ user: { email: admin } });

    const { hashToken } = await import('@/lib/subscriptions/tokens');
    await database.db.session.update({ where: { sessionToken: hashToken(cookie.value) }, data: { expires: new Date(Date.now() - 1000) } });
    expect((await open()).body).toEqual({});
  });
});

/** The queued batch jobs of the alert of an update. */
const alertBatchesOf = (updateId: string) =>
  database.db.$queryRaw<{ payload: { alertId: string; batch: number } }[]>`
    SELECT j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id JOIN "Alert" a ON a.id = j.payload->>'alertId'
    WHERE t.identifier = 'send_alert_batch' AND a."updateId" = ${updateId}`;

describe('a follower’s journey, through the email provider’s API', () => {
  it('signs up, gets nothing before confirming from the email, gets the alert with one-click unsubscribe headers, unsubscribes with one POST and gets nothing after', async () => {
    const { subscribe, confirmSubscription } = await import('@/lib/subscriptions/actions');
    const { sendSubscriptionEmail } = await import('@/lib/subscriptions/emails');
    const { sendAlertBatch } = await import('@/lib/alerts/send-batch');
    const { commitPublication } = await import('@/lib/updates/publish');
    const unsubscribeRoute = await import('@/app/unsubscribe/[token]/route');
    resend.reset();
    const follower = 'journey@subscribers.test';
    const kuramshin = await database.db.case.findUniqueOrThrow({ where: { slug: 'vadim-kuramshin' }, select: { id: true } });
    const form = (values: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(values)) data.append(name, value);
      return data;
    };
    /** Publishes an update of the case and runs every batch of its alert, as the worker does. */
    const publish = async (title: string) => {
      const update = await database.db.update.create({ data: { caseId: kuramshin.id, title, body: 'Texte.', occurredOn: new Date('2026-11-02'), occurredOnPrecision: 'DAY', state: 'DRAFT' } });
      await commitPublication(null, async (tx) => {
        await tx.update.update({ where: { id: update.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
        return { published: [{ id: update.id, caseId: kuramshin.id }], withdrawn: [] };
      });
      for (const { payload } of await alertBatchesOf(update.id)) await sendAlertBatch(payload, { sleep: async () => {} });
      return mailsTo(follower).filter((mail) => mail.subject.includes(title));
    };

    expect((await fromIp.run('203.0.113.30', () => subscribe(undefined, form({ email: follower, locale: 'en', scope: 'everything', frequency: 'INSTANT' })))).ok).toBe(true);
    const { id: subscriberId } = await database.db.subscriber.findUniqueOrThrow({ where: { email: follower }, select: { id: true } });
    await sendSubscriptionEmail({ subscriberId });
    expect(await publish('Avant la confirmation')).toEqual([]);

    const confirmLink = linkIn(mailsTo(follower).at(-1)!.text, /https:\/\/tracker\.example\.org\/en\/subscribe\/confirm\/\S+/);
    await confirmSubscription(undefined, form({ token: confirmLink.pathname.split('/').at(-1)! })).catch((error: unknown) => {
      if (!(error instanceof Redirected)) throw error;
    });
    const [alert, ...more] = await publish('Transféré à Petropavlovsk');
    expect(more).toEqual([]);
    expect(alert!.idempotencyKey).toBeTruthy();
    expect(alert!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const oneClick = /^<(https:\/\/tracker\.example\.org\/unsubscribe\/([A-Za-z0-9_-]{43}))>$/.exec(alert!.headers['List-Unsubscribe']!);
    expect(oneClick, alert!.headers['List-Unsubscribe']).not.toBeNull();

    // The mail client's one-click POST: no session, no CSRF token.
    const [, address, token] = oneClick!;
    const unsubscribed = await unsubscribeRoute.POST(new Request(address!, { method: 'POST', body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }) }), { params: Promise.resolve({ token: token! }) });
    expect(unsubscribed.status).toBe(200);
    expect(await publish('Libéré sous caution')).toEqual([]);
  });
});

describe('the logs', () => {
  it('hold no address and no token after signing up, confirming, managing, sign-in, alerts and their failures', async () => {
    const { subscribe, confirmSubscription, savePreferences } = await import('@/lib/subscriptions/actions');
    const { sendSubscriptionEmail } = await import('@/lib/subscriptions/emails');
    const { sendAlertBatch } = await import('@/lib/alerts/send-batch');
    const { commitPublication } = await import('@/lib/updates/publish');
    const unsubscribeRoute = await import('@/app/unsubscribe/[token]/route');
    const dataRoute = await import('@/app/[locale]/subscription/[token]/data.json/route');
    resend.reset();
    const follower = 'follower@subscribers.test';
    secrets.add(follower);
    const form = (values: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(values)) data.append(name, value);
      return data;
    };
    const signUp = () => fromIp.run('203.0.113.9', () => subscribe(undefined, form({ email: follower, locale: 'en', scope: 'everything', frequency: 'INSTANT' })));

    // Signing up, with the confirmation mail failing once at the provider, then sent.
    expect((await signUp()).ok).toBe(true);
    const { id: subscriberId } = await database.db.subscriber.findUniqueOrThrow({ where: { email: follower }, select: { id: true } });
    resend.fail({ status: 500, count: 1 });
    await runJob(sendSubscriptionEmail({ subscriberId }));
    await runJob(sendSubscriptionEmail({ subscriberId }));
    const confirmToken = linkIn(mailsTo(follower).at(-1)!.text, /https:\/\/tracker\.example\.org\/en\/subscribe\/confirm\/\S+/).pathname.split('/').at(-1)!;
    secrets.add(confirmToken);

    // Confirming and managing the subscription with the link tokens.
    const confirmed = await confirmSubscription(undefined, form({ token: confirmToken })).catch((error: unknown) => error);
    const manageToken = (confirmed as Redirected).url.split('/').at(-1)!;
    secrets.add(manageToken);
    expect((await savePreferences(undefined, form({ token: manageToken, locale: 'en', scope: 'everything', frequency: 'INSTANT' }))).ok).toBe(true);
    await dataRoute.GET(new Request(`${site}/en/subscription/${manageToken}/data.json`), { params: Promise.resolve({ locale: 'en', token: manageToken }) });
    await unsubscribeRoute.GET(new Request(`${site}/unsubscribe/${manageToken}`), { params: Promise.resolve({ token: manageToken }) });
    await signUp();
    await runJob(sendSubscriptionEmail({ subscriberId }));

    // An alert of a published update: the provider fails, then takes the batch.
    await database.db.subscriber.update({ where: { id: subscriberId }, data: { state: 'CONFIRMED', unsubscribedAt: null } });
    const kuramshin = await database.db.case.findUniqueOrThrow({ where: { slug: 'vadim-kuramshin' }, select: { id: true } });
    const update = await database.db.update.create({ data: { caseId: kuramshin.id, title: 'Transféré', body: 'Texte.', occurredOn: new Date('2026-11-01'), occurredOnPrecision: 'DAY', state: 'DRAFT' } });
    await commitPublication(null, async (tx) => {
      await tx.update.update({ where: { id: update.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
      return { published: [{ id: update.id, caseId: kuramshin.id }], withdrawn: [] };
    });
    const [batch] = await alertBatchesOf(update.id);
    resend.fail({ status: 500, count: 10 });
    await runJob(sendAlertBatch(batch!.payload, { sleep: async () => {} }));
    resend.reset();
    await runJob(sendAlertBatch(batch!.payload, { sleep: async () => {} }));
    expect(mailsTo(follower).some((mail) => mail.subject.includes('Transféré'))).toBe(true);
    for (const mail of mailsTo(follower)) for (const match of mail.text.matchAll(/\/(?:subscription|unsubscribe)\/([A-Za-z0-9_-]{43})/g)) secrets.add(match[1]!);

    // A sign-in link the provider refuses, and a link followed twice.
    resend.fail({ status: 500, count: 1 });
    await requestLink(admin);
    await runAfterResponse();
    await requestLink(admin);
    await runAfterResponse();
    const link = linkIn(mailsTo(admin).at(-1)!.text, signInLinkPattern);
    secrets.add(link.searchParams.get('token')!);
    await auth('callback', { providerId: 'email', query: Object.fromEntries(link.searchParams) });
    await auth('callback', { providerId: 'email', query: Object.fromEntries(link.searchParams) });

    // An invitation whose email the provider refuses, and an action that fails on another account's address.
    const { inviteAction } = await import('@/lib/people/actions');
    const { workspaceAction } = await import('@/lib/actions/workspace-action');
    const { z } = await import('@/lib/validation/messages');
    const { db } = await import('@/lib/db');
    const adminRow = await database.db.user.findUniqueOrThrow({ where: { email: admin } });
    session.user = { id: adminRow.id, email: adminRow.email, name: null, role: 'ADMIN' };
    const invitee = 'invitee@people.test';
    secrets.add(invitee);
    resend.fail({ status: 500, count: 10 });
    const invited = await inviteAction({ email: invitee, role: 'REVIEWER', language: 'en' });
    expect(invited.message).toMatch(/could not be sent/);
    resend.reset();
    const addAccount = workspaceAction({ role: 'ADMIN', schema: z.object({ email: z.string() }) }, async ({ email }) => {
      await db.user.create({ data: { email, role: 'REVIEWER' } });
    });
    const logged = logs.length;
    expect((await addAccount({ email: admin })).ok).toBeUndefined();
    // What PostgreSQL said (the row's values) is there, without the address.
    expect(logs.slice(logged).join('\n')).toMatch(/action failed[\s\S]*email/);

    expect(logs.length).toBeGreaterThan(0);
    const printed = logs.join('\n');
    expect([...secrets].filter((secret) => printed.includes(secret))).toEqual([]);
    expect(printed.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? []).toEqual([]);
  });
});
