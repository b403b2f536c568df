import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SubscriberState } from '../../lib/generated/prisma/enums';
import { createTestDatabase } from '../support/test-database';

/** The network address a call comes from (each test its own, so the per-address limits stay apart). */
const fromIp = new AsyncLocalStorage<string>();
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': fromIp.getStore() ?? '198.51.100.1' }) }));
vi.mock('next-intl/server', () => import('../support/english-translations'));
vi.mock('next/cache', () => ({ refresh: () => {}, revalidatePath: () => {} }));
/** Next's redirect() throws; the wrappers let it through. */
class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
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

/** The app's one client, with the SQL of every statement it sends kept (as in query-count.test.ts). */
const statements = vi.hoisted(() => [] as string[]);
vi.mock('../../lib/db', async () => {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { PrismaClient } = await import('../../lib/generated/prisma/client');
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }), log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', (event) => void statements.push(event.query));
  return { db, databaseTimeouts: { connectMs: 5_000 } };
});

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let actions: typeof import('../../lib/subscriptions/actions');
let emails: typeof import('../../lib/subscriptions/emails');
let tokens: typeof import('../../lib/subscriptions/tokens');
let queries: typeof import('../../lib/subscriptions/queries');
let humanCheck: typeof import('../../lib/subscriptions/human-check');
let unsubscribeRoute: typeof import('../../app/unsubscribe/[token]/route');
const environment = { DATABASE_URL: process.env.DATABASE_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, HUMAN_CHECK: process.env.HUMAN_CHECK };
let campaignSlug: string;
const caseSlugs = { open: 'subscription-test-case', protectedCase: 'subscription-protected-case' };

beforeAll(async () => {
  database = await createTestDatabase();
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    NEXTAUTH_URL: 'https://tracker.example.org/',
    NEXTAUTH_SECRET: 'subscription-tests-secret-0123456789abcdef',
    HUMAN_CHECK: 'off',
  });
  actions = await import('../../lib/subscriptions/actions');
  emails = await import('../../lib/subscriptions/emails');
  tokens = await import('../../lib/subscriptions/tokens');
  queries = await import('../../lib/subscriptions/queries');
  humanCheck = await import('../../lib/subscriptions/human-check');
  unsubscribeRoute = await import('../../app/unsubscribe/[token]/route');
  const campaign = await database.db.campaign.create({ data: { slug: 'subscription-test-campaign', title: 'Campagne', summary: 'Résumé.', position: 1 }, select: { id: true, slug: true } });
  campaignSlug = campaign.slug;
  await database.db.case.createMany({
    data: [
      { slug: caseSlugs.open, kind: 'PERSON', name: 'Open Person', campaignId: campaign.id, status: 'DETAINED' },
      { slug: caseSlugs.protectedCase, kind: 'PERSON', name: 'Hidden Person', identityProtected: true, campaignId: campaign.id, status: 'DETAINED' },
    ],
  });
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

let counter = 0;
const uniqueEmail = (name: string) => `${name}-${++counter}@example.org`;
const nextIp = () => `203.0.113.${++counter % 250}`;

const form = (values: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) for (const one of [value].flat()) data.append(name, one);
  return data;
};
const signUp = (email: string, extra: Record<string, string | string[]> = {}, ip = nextIp()) =>
  fromIp.run(ip, () => actions.subscribe(undefined, form({ email, locale: 'en', scope: 'chosen', cases: caseSlugs.open, frequency: 'INSTANT', ...extra })));

async function queuedJobs(subscriberId: string) {
  const rows = await database.db.$queryRaw<{ identifier: string }[]>`
    SELECT tasks.identifier FROM graphile_worker._private_jobs jobs JOIN graphile_worker._private_tasks tasks ON tasks.id = jobs.task_id
    WHERE jobs.payload->>'subscriberId' = ${subscriberId}`;
  return rows.map((row) => row.identifier);
}
const mailTo = (email: string) => database.db.mailboxMessage.findMany({ where: { to: email }, orderBy: { createdAt: 'asc' } });
const linkIn = (text: string, path: string) => {
  const match = new RegExp(`https://tracker\\.example\\.org(/[a-z]{2}/${path}/([A-Za-z0-9_-]{43}))`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return { path: match[1]!, token: match[2]! };
};

async function subscriberIn(state: SubscriberState, email = uniqueEmail(state.toLowerCase())) {
  return database.db.subscriber.create({
    data: { email, locale: 'en', state, followsEverything: true, confirmedAt: state === 'CONFIRMED' ? new Date('2026-01-01') : null },
    select: { id: true, email: true },
  });
}
const follows = async (subscriberId: string) => {
  const row = await database.db.subscriber.findUniqueOrThrow({
    where: { id: subscriberId },
    select: { state: true, followsEverything: true, followsEvents: true, locale: true, frequency: true, cases: { select: { case: { select: { slug: true } } } }, campaigns: { select: { campaign: { select: { slug: true } } } } },
  });
  return { ...row, cases: row.cases.map((c) => c.case.slug), campaigns: row.campaigns.map((c) => c.campaign.slug) };
};
async function manageToken(subscriberId: string) {
  const { raw } = await tokens.issueToken(database.db, subscriberId, 'MANAGE');
  return raw;
}
const tokenForm = (token: string, extra: Record<string, string | string[]> = {}) => form({ token, ...extra });

describe('signing up', () => {
  it('answers the same, and does the same work, for a new, pending, confirmed and unsubscribed address; nothing is sent before confirmation', async () => {
    const pending = await subscriberIn('PENDING');
    const confirmed = await subscriberIn('CONFIRMED');
    const unsubscribed = await subscriberIn('UNSUBSCRIBED');
    const fresh = uniqueEmail('new');
    const answers: Awaited<ReturnType<typeof signUp>>[] = [];
    for (const email of [fresh, pending.email, confirmed.email, unsubscribed.email]) answers.push(await signUp(`  ${email.toUpperCase()} `));
    expect(answers.every((answer) => JSON.stringify(answer) === JSON.stringify(answers[0]))).toBe(true);
    expect(answers[0]).toEqual({ ok: true, data: undefined });

    const created = await database.db.subscriber.findUniqueOrThrow({ where: { email: fresh }, select: { id: true } });
    for (const id of [created.id, pending.id, confirmed.id, unsubscribed.id]) expect(await queuedJobs(id)).toEqual(['send_subscription_email']);
    expect(await database.db.mailboxMessage.count()).toBe(0);

    expect(await follows(created.id)).toMatchObject({ state: 'PENDING', followsEverything: false, cases: [caseSlugs.open] });
    expect(await follows(pending.id)).toMatchObject({ state: 'PENDING', followsEverything: false, cases: [caseSlugs.open] });
    expect(await follows(unsubscribed.id)).toMatchObject({ state: 'PENDING', followsEverything: false, cases: [caseSlugs.open] });
    expect(await follows(confirmed.id)).toMatchObject({ state: 'CONFIRMED', followsEverything: true, cases: [] });
  });

  it('sends the database the same statements for a new, pending, confirmed and unsubscribed address', async () => {
    const addresses = [uniqueEmail('new'), (await subscriberIn('PENDING')).email, (await subscriberIn('CONFIRMED')).email, (await subscriberIn('UNSUBSCRIBED')).email];
    const sent: string[][] = [];
    for (const email of addresses) {
      statements.length = 0;
      await signUp(email);
      // A confirmed address's choices are undone where the others' are kept: the one statement that differs.
      sent.push(statements.map((sql) => sql.replace(/^(RELEASE|ROLLBACK TO) SAVEPOINT/, 'END SAVEPOINT')));
    }
    expect(sent[0]!.length).toBeGreaterThan(5);
    for (const other of sent.slice(1)) expect(other).toEqual(sent[0]);
  });

  it('gives a filled honeypot the same answer and stores nothing', async () => {
    const email = uniqueEmail('bot');
    expect(await signUp(email, { homepage: 'https://spam.example' })).toEqual({ ok: true, data: undefined });
    expect(await database.db.subscriber.count({ where: { email } })).toBe(0);
  });

  it('refuses malformed and throw-away addresses beside the field, storing nothing', async () => {
    const malformed = await signUp('not-an-address');
    expect(malformed.errors?.email).toEqual(['email']);
    expect(malformed.values?.email).toBe('not-an-address');
    const disposable = await signUp('someone@mail.yopmail.com');
    expect(disposable.errors?.email?.[0]).toMatch(/throw-away/);
    expect(await database.db.subscriber.count({ where: { email: { in: ['not-an-address', 'someone@mail.yopmail.com'] } } })).toBe(0);
  });

  it('asks for a choice when "only what I choose" has none', async () => {
    const result = await signUp(uniqueEmail('nothing'), { cases: [] });
    expect(result.errors?.scope).toEqual(['nothingChosen']);
  });

  it('limits sign-ups per address and per network address', async () => {
    const email = uniqueEmail('often');
    for (let attempt = 0; attempt < 5; attempt++) expect((await signUp(email)).ok).toBe(true);
    expect(await signUp(email)).toMatchObject({ message: expect.stringMatching(/Too many/) });

    const ip = '192.0.2.77';
    for (let attempt = 0; attempt < 20; attempt++) expect((await signUp(uniqueEmail('crowd'), {}, ip)).ok).toBe(true);
    const refused = uniqueEmail('crowd');
    expect(await signUp(refused, {}, ip)).toMatchObject({ message: expect.stringMatching(/Too many/) });
    expect(await database.db.subscriber.count({ where: { email: refused } })).toBe(0);
  });
});

describe('the human check', () => {
  it('refuses a form sent within 3 seconds of being shown, a day later, or with a forged time', () => {
    const check = humanCheck.signedRenderTime;
    const shown = new Date('2026-05-01T10:00:00Z');
    const challenge = check.challenge(shown);
    const after = (ms: number) => new Date(shown.getTime() + ms);
    expect(check.verify(challenge, after(1_000))).toEqual({ ok: false, reason: 'tooFast' });
    expect(check.verify(challenge, after(10_000))).toEqual({ ok: true });
    expect(check.verify(challenge, after(25 * 60 * 60 * 1000))).toEqual({ ok: false, reason: 'expired' });
    const forged = challenge.replace(/^\d+/, String(shown.getTime() - 60_000));
    expect(check.verify(forged, after(10_000))).toEqual({ ok: false, reason: 'invalid' });
    expect(check.verify('', after(10_000))).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('the sign-up email job', () => {
  it('sends a pending address its confirmation link, in its language, and nothing else', async () => {
    const subscriber = await database.db.subscriber.create({ data: { email: uniqueEmail('french'), locale: 'fr' }, select: { id: true, email: true } });
    await emails.sendSubscriptionEmail({ subscriberId: subscriber.id });
    const [message, ...others] = await mailTo(subscriber.email);
    expect(others).toEqual([]);
    expect(message!.subject).toBe('Confirmez vos alertes par e-mail');
    expect(message!.html).toContain('lang="fr"');
    const link = linkIn(message!.text, 'subscribe/confirm');
    expect(link.path.startsWith('/fr/')).toBe(true);
    expect(await tokens.subscriberIdForToken(link.token, 'CONFIRM')).toBe(subscriber.id);
  });

  it('sends a confirmed address the "already subscribed" note with its preferences link', async () => {
    const subscriber = await subscriberIn('CONFIRMED');
    await emails.sendSubscriptionEmail({ subscriberId: subscriber.id });
    const [message] = await mailTo(subscriber.email);
    expect(message!.subject).toBe('You are already subscribed');
    const link = linkIn(message!.text, 'subscription');
    expect(await tokens.subscriberIdForToken(link.token, 'MANAGE')).toBe(subscriber.id);
    expect(message!.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
  });

  it('sends nothing to an unsubscribed or suppressed address', async () => {
    const unsubscribed = await subscriberIn('UNSUBSCRIBED');
    const suppressed = await subscriberIn('PENDING');
    await database.db.suppression.create({ data: { email: suppressed.email, reason: 'COMPLAINED' } });
    await emails.sendSubscriptionEmail({ subscriberId: unsubscribed.id });
    await emails.sendSubscriptionEmail({ subscriberId: suppressed.id });
    expect(await database.db.mailboxMessage.count({ where: { to: { in: [unsubscribed.email, suppressed.email] } } })).toBe(0);
  });
});

describe('confirming', () => {
  async function pendingWithLink() {
    const subscriber = await subscriberIn('PENDING');
    await emails.sendSubscriptionEmail({ subscriberId: subscriber.id });
    const [message] = await mailTo(subscriber.email);
    return { subscriber, token: linkIn(message!.text, 'subscribe/confirm').token };
  }

  it('confirms once and opens the preferences page; the link is single use', async () => {
    const { subscriber, token } = await pendingWithLink();
    const redirect = await actions.confirmSubscription(undefined, tokenForm(token)).catch((error: unknown) => error);
    expect(redirect).toBeInstanceOf(Redirected);
    const [, locale, manage] = /^\/([a-z]{2})\/subscription\/([A-Za-z0-9_-]{43})$/.exec((redirect as Redirected).url)!;
    expect(locale).toBe('en');
    expect(await tokens.subscriberIdForToken(manage!, 'MANAGE')).toBe(subscriber.id);
    expect(await follows(subscriber.id)).toMatchObject({ state: 'CONFIRMED' });

    expect(await actions.confirmSubscription(undefined, tokenForm(token))).toMatchObject({ message: expect.stringMatching(/no longer works/) });
  });

  it('refuses an expired link', async () => {
    const subscriber = await subscriberIn('PENDING');
    const { raw } = await tokens.issueToken(database.db, subscriber.id, 'CONFIRM', new Date(Date.now() - 49 * 60 * 60 * 1000));
    expect(await actions.confirmSubscription(undefined, tokenForm(raw))).toMatchObject({ message: expect.stringMatching(/no longer works/) });
    expect(await follows(subscriber.id)).toMatchObject({ state: 'PENDING' });
  });
});

describe('the preferences page', () => {
  it('saves what a subscriber follows, their language and frequency; saving subscribes an unsubscribed one again', async () => {
    const subscriber = await subscriberIn('UNSUBSCRIBED');
    const token = await manageToken(subscriber.id);
    const saved = await actions.savePreferences(
      undefined,
      tokenForm(token, { locale: 'ru', scope: 'chosen', campaigns: campaignSlug, cases: [caseSlugs.open, caseSlugs.protectedCase, 'no-such-case'], events: '1', frequency: 'WEEKLY' }),
    );
    expect(saved.ok).toBe(true);
    expect(await follows(subscriber.id)).toEqual({
      state: 'CONFIRMED',
      followsEverything: false,
      followsEvents: true,
      locale: 'ru',
      frequency: 'WEEKLY',
      campaigns: [campaignSlug],
      cases: expect.arrayContaining([caseSlugs.open, caseSlugs.protectedCase]),
    });
  });

  it('unsubscribes from everything', async () => {
    const subscriber = await subscriberIn('CONFIRMED');
    expect((await actions.unsubscribeAll(undefined, tokenForm(await manageToken(subscriber.id)))).ok).toBe(true);
    expect(await follows(subscriber.id)).toMatchObject({ state: 'UNSUBSCRIBED' });
  });

  it('exports everything stored about the subscriber and nothing about anyone else', async () => {
    const subscriber = await subscriberIn('CONFIRMED');
    const other = await subscriberIn('CONFIRMED');
    const protectedCase = await database.db.case.findUniqueOrThrow({ where: { slug: caseSlugs.protectedCase }, select: { id: true } });
    await database.db.subscriberCase.create({ data: { subscriberId: subscriber.id, caseId: protectedCase.id } });
    const alert = await database.db.alert.create({ data: { kind: 'UPDATE' }, select: { id: true } });
    await database.db.delivery.createMany({
      data: [
        { alertId: alert.id, subscriberId: subscriber.id, batch: 0, state: 'SENT', sentAt: new Date() },
        { alertId: alert.id, subscriberId: other.id, batch: 0 },
      ],
    });
    const data = await queries.subscriberDataExport(subscriber.id);
    expect(data).toMatchObject({ email: subscriber.email, state: 'CONFIRMED', followsEverything: true, cases: [{ slug: caseSlugs.protectedCase, name: 'H. P.' }] });
    expect(data!.deliveries).toEqual([expect.objectContaining({ state: 'SENT', alertKind: 'UPDATE' })]);
    expect(JSON.stringify(data)).not.toContain(other.email);
    expect(JSON.stringify(data)).not.toContain('Hidden Person');
  });

  it('audits each download of the data, without the address', async () => {
    const subscriber = await subscriberIn('CONFIRMED');
    const token = await manageToken(subscriber.id);
    const { GET } = await import('../../app/[locale]/subscription/[token]/data.json/route');
    const download = () => GET(new Request(`https://tracker.example.org/en/subscription/${token}/data.json`), { params: Promise.resolve({ locale: 'en', token }) });
    expect((await download()).status).toBe(200);
    expect((await download()).status).toBe(200);
    const entries = await database.db.auditLog.findMany({ where: { entityType: 'Subscriber', entityId: subscriber.id } });
    expect(entries).toEqual([expect.objectContaining({ actorId: null, action: 'subscriber.export' }), expect.objectContaining({ actorId: null, action: 'subscriber.export' })]);
    expect(JSON.stringify(entries)).not.toContain(subscriber.email);
    expect(JSON.stringify(entries)).not.toContain(token);
  });

  it('deletes the subscriber with everything about them, audited without the address', async () => {
    const subscriber = await subscriberIn('CONFIRMED');
    const token = await manageToken(subscriber.id);
    const openCase = await database.db.case.findUniqueOrThrow({ where: { slug: caseSlugs.open }, select: { id: true } });
    await database.db.subscriberCase.create({ data: { subscriberId: subscriber.id, caseId: openCase.id } });
    const redirect = await actions.deleteSubscriber(undefined, tokenForm(token)).catch((error: unknown) => error);
    expect((redirect as Redirected).url).toBe('/en/subscribe?deleted=1');

    expect(await database.db.subscriber.count({ where: { id: subscriber.id } })).toBe(0);
    expect(await database.db.subscriberToken.count({ where: { subscriberId: subscriber.id } })).toBe(0);
    expect(await database.db.subscriberCase.count({ where: { subscriberId: subscriber.id } })).toBe(0);
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { entityType: 'Subscriber', entityId: subscriber.id } });
    expect(entry).toMatchObject({ actorId: null, action: 'subscriber.delete' });
    expect(JSON.stringify(entry)).not.toContain(subscriber.email);
  });

  it('ends every link sent so far and opens the page at a new address', async () => {
    const subscriber = await subscriberIn('CONFIRMED');
    const [first, second] = [await manageToken(subscriber.id), await manageToken(subscriber.id)];
    const redirect = (await actions.revokeLinks(undefined, tokenForm(first)).catch((error: unknown) => error)) as Redirected;
    const fresh = /\/en\/subscription\/([A-Za-z0-9_-]{43})$/.exec(redirect.url)![1]!;
    expect(await tokens.subscriberIdForToken(first, 'MANAGE')).toBeNull();
    expect(await tokens.subscriberIdForToken(second, 'MANAGE')).toBeNull();
    expect(await tokens.subscriberIdForToken(fresh, 'MANAGE')).toBe(subscriber.id);
    expect(await actions.unsubscribeAll(undefined, tokenForm(second))).toMatchObject({ message: expect.stringMatching(/no longer works/) });
  });
});

describe('the one-click unsubscribe address', () => {
  const params = (token: string) => ({ params: Promise.resolve({ token }) });
  const oneClick = (token: string, body = 'List-Unsubscribe=One-Click') =>
    unsubscribeRoute.POST(new Request(`https://tracker.example.org/unsubscribe/${token}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body }), params(token));

  it('unsubscribes at once on POST, and answers 200 for an unknown token too', async () => {
    const subscriber = await subscriberIn('CONFIRMED');
    expect((await oneClick(await manageToken(subscriber.id))).status).toBe(200);
    expect(await follows(subscriber.id)).toMatchObject({ state: 'UNSUBSCRIBED' });
    expect((await oneClick('y'.repeat(43))).status).toBe(200);
    expect((await oneClick('not a token')).status).toBe(200);
  });

  it('refuses a POST without the one-click body, and a GET only leads to the page with the button', async () => {
    const subscriber = await database.db.subscriber.create({ data: { email: uniqueEmail('russian'), locale: 'ru', state: 'CONFIRMED' }, select: { id: true } });
    const token = await manageToken(subscriber.id);
    expect((await oneClick(token, 'something=else')).status).toBe(400);
    const visit = await unsubscribeRoute.GET(new Request(`https://tracker.example.org/unsubscribe/${token}`), params(token));
    expect(visit.status).toBe(303);
    expect(visit.headers.get('location')).toBe(`https://tracker.example.org/ru/unsubscribe/${token}`);
    expect(await follows(subscriber.id)).toMatchObject({ state: 'CONFIRMED' });
  });
});
