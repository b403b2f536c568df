import { Logger } from 'graphile-worker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSeededAppDatabase } from '../support/app-database';
import { startRecordingResend, type RecordingResend } from '../support/resend-server';

// Alerts end to end below the browser: the publish transaction creates the deliveries, the batch job sends them
// through the real Resend SDK to a local server that records what it receives.
let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let resend: RecordingResend;
let publish: typeof import('@/lib/updates/publish');
let sendAlertBatch: typeof import('@/lib/alerts/send-batch').sendAlertBatch;
let fanout: typeof import('@/lib/alerts/fanout');
let hashToken: typeof import('@/lib/subscriptions/tokens').hashToken;
let kuramshin: { id: string; campaignId: string };
const noWait = async () => {};

beforeAll(async () => {
  resend = await startRecordingResend();
  database = await createSeededAppDatabase();
  Object.assign(process.env, { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url, EMAIL_REQUESTS_PER_SECOND: '1000' });
  publish = await import('@/lib/updates/publish');
  fanout = await import('@/lib/alerts/fanout');
  ({ sendAlertBatch } = await import('@/lib/alerts/send-batch'));
  ({ hashToken } = await import('@/lib/subscriptions/tokens'));
  kuramshin = await database.db.case.findUniqueOrThrow({ where: { slug: 'vadim-kuramshin' }, select: { id: true, campaignId: true } });
});
afterAll(async () => {
  await database?.drop();
  await resend?.close();
});

beforeEach(async () => {
  resend.reset();
  await database.db.$executeRawUnsafe('TRUNCATE "Subscriber", "Alert", "Suppression" CASCADE');
  await database.db.$executeRawUnsafe('DELETE FROM graphile_worker._private_jobs');
});

type SubscriberSpec = { email: string; state?: 'PENDING' | 'CONFIRMED' | 'UNSUBSCRIBED'; frequency?: 'INSTANT' | 'WEEKLY'; locale?: string; everything?: boolean; cases?: string[]; campaigns?: string[] };

async function subscribe(spec: SubscriberSpec) {
  return database.db.subscriber.create({
    data: {
      email: spec.email,
      locale: spec.locale ?? 'en',
      state: spec.state ?? 'CONFIRMED',
      frequency: spec.frequency ?? 'INSTANT',
      followsEverything: spec.everything ?? false,
      confirmedAt: new Date(Date.now() - 60_000),
      cases: { create: (spec.cases ?? []).map((caseId) => ({ caseId })) },
      campaigns: { create: (spec.campaigns ?? []).map((campaignId) => ({ campaignId })) },
    },
  });
}

async function manyFollowersOfKuramshin(count: number) {
  await database.db.subscriber.createMany({
    data: Array.from({ length: count }, (_, index) => ({ email: `follower-${index}@example.org`, locale: 'en', state: 'CONFIRMED' as const, confirmedAt: new Date() })),
  });
  await database.db.$executeRaw`INSERT INTO "SubscriberCase" ("subscriberId", "caseId") SELECT id, ${kuramshin.id} FROM "Subscriber" WHERE email LIKE 'follower-%'`;
}

/** Publishes a new update on Kuramshin's case through the one publication path. */
async function publishUpdate(title = 'Transféré dans une autre colonie', body = 'Premier paragraphe.\n\nSecond paragraphe.') {
  const update = await database.db.update.create({
    data: { caseId: kuramshin.id, title, body, occurredOn: new Date('2026-11-01'), occurredOnPrecision: 'DAY', state: 'DRAFT' },
  });
  await publish.commitPublication(null, async (tx) => {
    await tx.update.update({ where: { id: update.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
    return { published: [{ id: update.id, caseId: kuramshin.id }], withdrawn: [] };
  });
  return update.id;
}

const queuedBatches = async () =>
  database.db.$queryRaw<{ payload: { alertId: string; batch: number }; key: string; maxAttempts: number; runAt: Date }[]>`
    SELECT j.payload, j.key, j.max_attempts AS "maxAttempts", j.run_at AS "runAt" FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'send_alert_batch' ORDER BY j.id`;

/** How many times the queue runs a job that keeps failing within `seconds`: it waits exp(min(attempts, 10)) s. */
function attemptsWithin(seconds: number) {
  let attempts = 0;
  for (let elapsed = 0; elapsed < seconds; ) elapsed += Math.exp(Math.min(++attempts, 10));
  return attempts;
}

async function correct(originalId: string, title: string) {
  const correction = await database.db.update.create({
    data: { caseId: kuramshin.id, title, body: 'Texte corrigé.', occurredOn: new Date('2026-11-01'), occurredOnPrecision: 'DAY', state: 'DRAFT', correctsId: originalId, correctionNote: 'Mauvaise colonie.' },
  });
  await publish.commitPublication(null, async (tx) => {
    await tx.update.update({ where: { id: originalId }, data: { state: 'CORRECTED' } });
    await tx.update.update({ where: { id: correction.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
    return { published: [{ id: correction.id, caseId: kuramshin.id }], withdrawn: [{ id: originalId, caseId: kuramshin.id }] };
  });
}

/** The weekly digest as the worker queues it, by default a few minutes after what the test published. */
const queueDigest = (now = new Date(Date.now() + 3 * 60_000)) => database.db.$transaction((tx) => fanout.queueWeeklyDigest(tx, now));

const quietLogger = new Logger(() => () => {});

/** Runs a batch whose first call the provider takes but whose answer is lost (500), and the worker dies then. */
async function sendAlertBatchAndCrash(payload: { alertId: string; batch: number }) {
  resend.fail({ status: 500, count: 1, accepted: true });
  const crash = async () => {
    throw new Error('the worker died');
  };
  await expect(sendAlertBatch(payload, { sleep: crash })).rejects.toThrow('the worker died');
}

async function runQueuedBatches() {
  for (const { payload } of await queuedBatches()) await sendAlertBatch(payload, { sleep: noWait });
}

describe('publishing an update', () => {
  it('queues one delivery for each confirmed instant follower of the case, its campaign or everything, and no one else', async () => {
    const follower = await subscribe({ email: 'case@example.org', cases: [kuramshin.id] });
    const campaign = await subscribe({ email: 'campaign@example.org', campaigns: [kuramshin.campaignId] });
    const everything = await subscribe({ email: 'all@example.org', everything: true });
    await subscribe({ email: 'pending@example.org', state: 'PENDING', cases: [kuramshin.id] });
    await subscribe({ email: 'left@example.org', state: 'UNSUBSCRIBED', cases: [kuramshin.id] });
    await subscribe({ email: 'weekly@example.org', frequency: 'WEEKLY', cases: [kuramshin.id] });
    await subscribe({ email: 'bounced@example.org', cases: [kuramshin.id] });
    await database.db.suppression.create({ data: { email: 'bounced@example.org', reason: 'BOUNCED' } });
    const other = await database.db.case.findFirstOrThrow({ where: { campaignId: { not: kuramshin.campaignId } }, select: { id: true } });
    await subscribe({ email: 'other@example.org', cases: [other.id] });

    const updateId = await publishUpdate();

    const deliveries = await database.db.delivery.findMany({ where: { alert: { updateId } }, select: { subscriberId: true, state: true } });
    expect(deliveries.map((d) => d.subscriberId).sort()).toEqual([follower.id, campaign.id, everything.id].sort());
    expect(deliveries.every((d) => d.state === 'QUEUED')).toBe(true);
    expect(await queuedBatches()).toHaveLength(1);
  });

  it("alerts the followers of a member's group, whichever of its members the update is about", async () => {
    const group = await database.db.case.create({
      data: { slug: 'alert-test-group', kind: 'GROUP', name: 'Groupe de test', campaignId: kuramshin.campaignId, status: 'CHARGED' },
      select: { id: true },
    });
    await database.db.case.update({ where: { id: kuramshin.id }, data: { groupId: group.id } });
    try {
      const groupFollower = await subscribe({ email: 'group@example.org', cases: [group.id] });
      const updateId = await publishUpdate();
      const deliveries = await database.db.delivery.findMany({ where: { alert: { updateId } }, select: { subscriberId: true } });
      expect(deliveries.map((d) => d.subscriberId)).toEqual([groupFollower.id]);
    } finally {
      await database.db.case.update({ where: { id: kuramshin.id }, data: { groupId: null } });
      await database.db.case.delete({ where: { id: group.id } });
    }
  });

  it('queues nothing when the publication rolls back', async () => {
    await subscribe({ email: 'case@example.org', cases: [kuramshin.id] });
    const update = await database.db.update.create({
      data: { caseId: kuramshin.id, title: 'Brouillon', body: 'Texte.', occurredOn: new Date('2026-11-01'), occurredOnPrecision: 'DAY', state: 'DRAFT' },
    });
    await expect(
      publish.commitPublication(null, async (tx) => {
        await tx.update.update({ where: { id: update.id }, data: { state: 'PUBLISHED', publishedAt: new Date() } });
        await fanout.queuePublicationAlerts(tx, { published: [{ id: update.id, caseId: kuramshin.id }], withdrawn: [] });
        throw new Error('the publication fails after its alerts were queued');
      }),
    ).rejects.toThrow();
    expect(await database.db.delivery.count()).toBe(0);
    expect(await queuedBatches()).toHaveLength(0);
  });
});

describe('sending an alert', () => {
  it('sends each follower one email in their language, with one-click unsubscribe headers and their own links', async () => {
    await subscribe({ email: 'english@example.org', cases: [kuramshin.id] });
    await subscribe({ email: 'russian@example.org', locale: 'ru', cases: [kuramshin.id] });
    const updateId = await publishUpdate();
    await runQueuedBatches();

    expect(resend.sent.map((email) => email.to).sort()).toEqual(['english@example.org', 'russian@example.org']);
    const russian = resend.sent.find((email) => email.to === 'russian@example.org')!;
    expect(russian.subject).toContain('Transféré');
    expect(russian.text).toContain('Отписаться');
    expect(russian.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(https?:\/\/[^>]+\/unsubscribe\/([A-Za-z0-9_-]+))>$/.exec(russian.headers['List-Unsubscribe']!);
    expect(unsubscribe).not.toBeNull();
    const token = unsubscribe![2]!;
    expect(russian.html).toContain(`/ru/subscription/${token}`);
    const english = resend.sent.find((email) => email.to === 'english@example.org')!;
    expect(english.headers['List-Unsubscribe']).not.toContain(token);

    const deliveries = await database.db.delivery.findMany({ where: { alert: { updateId } }, select: { state: true, providerId: true, token: { select: { tokenHash: true } } } });
    expect(deliveries.every((d) => d.state === 'SENT' && d.providerId)).toBe(true);
    expect(deliveries.map((d) => d.token?.tokenHash)).toContain(hashToken(token));
    // Once sent, no link token is left in clear: not with the tokens, not in the batch kept for retries.
    const stored = JSON.stringify([await database.db.subscriberToken.findMany(), await database.db.alertBatch.findMany({ select: { emails: true } })]);
    expect(stored).not.toContain(token);
  });

  it("shows the update's Markdown as the case page does, and as clean text in the plain part, with nothing unsafe", async () => {
    await subscribe({ email: 'reader@example.org', cases: [kuramshin.id] });
    const updateId = await publishUpdate(
      'Transféré à Pavlodar',
      [
        '**Transféré** à Pavlodar.',
        '- visites refusées\n- colis refusés',
        'Selon [son avocat](https://example.org/avocat) et [la source](/fr/sources/doc-004).',
        'Avant <script>alert(1)</script> après <b onclick="alert(2)">gras</b>',
        '<iframe src="https://example.org/frame"></iframe>',
        '[cliquez](javascript:alert(3)) ![photo](https://example.org/pixel.png)',
      ].join('\n\n'),
    );
    await runQueuedBatches();
    const [email] = resend.sent;

    expect(email!.html).toContain('<strong>Transféré</strong> à Pavlodar.');
    expect(email!.html).toMatch(/<li>visites refusées<\/li>/);
    expect(email!.html).toMatch(/<a href="https:\/\/example\.org\/avocat"[^>]*text-decoration-line:underline[^>]*>son avocat<\/a>/);
    // A relative link leads where it does on the case page, which a mail client cannot know.
    expect(email!.html).toMatch(/<a href="https?:\/\/[^"/]+\/fr\/sources\/doc-004"[^>]*>la source<\/a>/);
    expect(email!.html).not.toMatch(/<(script|iframe|img|b)\b|\bon[a-z]+=|javascript:|pixel\.png|alert\([23]\)/i);
    expect(email!.html).toContain('cliquez');

    expect(email!.text).toContain('Transféré à Pavlodar.');
    expect(email!.text).toContain('• visites refusées');
    expect(email!.text).toContain('Selon son avocat (https://example.org/avocat) et la source (');
    expect(email!.text).not.toMatch(/\*\*|\]\(|\[|<\/?[a-z]|javascript:|pixel\.png/i);

    // Rendered afresh (the test alert is not kept), the same update gives the very same email.
    const { composeTestAlert } = await import('@/lib/alerts/compose');
    expect(await composeTestAlert(updateId, 'fr')).toEqual(await composeTestAlert(updateId, 'fr'));
  });

  it("never puts a follower's own links into a link an update's text carries, whatever it spells", async () => {
    await subscribe({ email: 'target@example.org', cases: [kuramshin.id] });
    await publishUpdate('Lien piégé', '[la déclaration](https://evil.example/r?u=https://preferences.invalid/) https://unsubscribe.invalid/');
    await runQueuedBatches();
    const [email] = resend.sent;
    const token = /\/unsubscribe\/([A-Za-z0-9_-]+)>$/.exec(email!.headers['List-Unsubscribe']!)![1]!;
    const links = [...email!.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
    expect(links.filter((link) => link.startsWith('https://evil.example/'))).toEqual(['https://evil.example/r?u=https://preferences.invalid/']);
    expect(links.filter((link) => link.includes(token)).every((link) => !link.includes('evil.example'))).toBe(true);
    expect(email!.text).toContain('https://unsubscribe.invalid/');
    expect(email!.text.match(new RegExp(token, 'g'))?.length).toBeGreaterThan(0);
    expect(email!.text).not.toMatch(new RegExp(`evil\\.example[^\\s)]*${token}`));
  });

  it('sends 250 followers in batch calls of at most 100, once each', async () => {
    await manyFollowersOfKuramshin(250);
    await publishUpdate();
    await runQueuedBatches();
    const batchCalls = resend.calls.filter((call) => call.path === '/emails/batch' && call.status === 200);
    expect(batchCalls).toHaveLength(3);
    expect(new Set(resend.sent.map((email) => email.to)).size).toBe(250);
    expect(resend.sent).toHaveLength(250);
  });

  it('waits as the provider says on 429 and retries 500s without sending twice', async () => {
    await manyFollowersOfKuramshin(120);
    await publishUpdate();
    resend.fail({ status: 429, count: 1, retryAfterSeconds: 7 });
    resend.fail({ status: 500, count: 2 });
    const waits: number[] = [];
    for (const { payload } of await queuedBatches()) await sendAlertBatch(payload, { sleep: async (ms) => void waits.push(ms) });
    expect(waits[0]).toBe(7_000);
    expect(waits).toHaveLength(3);
    expect(resend.sent).toHaveLength(120);
  });

  it('queues a batch again for when the provider says, when it asks to wait for longer than a minute, and sends it then', async () => {
    const { runOnce } = await import('graphile-worker');
    const { taskList } = await import('@/lib/alerts/tasks');
    const runDueJobs = () => runOnce({ connectionString: database.url, taskList, logger: quietLogger });
    await manyFollowersOfKuramshin(3);
    await publishUpdate();
    resend.fail({ status: 429, count: 1, retryAfterSeconds: 3_600 });
    const askedAt = Date.now();
    await runDueJobs();

    const [job, ...others] = await queuedBatches();
    expect(others).toEqual([]);
    expect(job!.runAt.getTime()).toBeGreaterThanOrEqual(askedAt + 3_600_000 - 5_000);
    expect(job!.runAt.getTime()).toBeLessThanOrEqual(Date.now() + 3_600_000 + 5_000);
    await runDueJobs();
    expect(resend.calls).toHaveLength(1);

    // The hour has passed.
    await database.db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now()`;
    await runDueJobs();
    expect(resend.sent).toHaveLength(3);
    expect(await queuedBatches()).toEqual([]);
  });

  it('queues a job for the very instant it is given, whatever the time zone of the database session', async () => {
    const { addJob } = await import('@/lib/alerts/jobs');
    const runAt = new Date(Date.now() + 3_600_000);
    await database.db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL timezone = 'Asia/Almaty'`;
      await addJob(tx, 'send_alert_batch', { alertId: 'time-zone-check', batch: 0 }, 'time-zone-check', runAt);
    });
    const [job] = await database.db.$queryRaw<{ runAt: Date }[]>`SELECT run_at AS "runAt" FROM graphile_worker._private_jobs WHERE key = 'time-zone-check'`;
    await database.db.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = 'time-zone-check'`;
    expect(job!.runAt.toISOString()).toBe(runAt.toISOString());
  });

  it('still sends a batch a day later when the provider only ever refused it unread (rate limits)', async () => {
    await manyFollowersOfKuramshin(3);
    const updateId = await publishUpdate();
    resend.fail({ status: 429, count: 1, retryAfterSeconds: 20 * 3_600 });
    const [job] = await queuedBatches();
    await sendAlertBatch(job!.payload, { sleep: noWait });
    await sendAlertBatch(job!.payload, { sleep: noWait, now: () => new Date(Date.now() + 25 * 3_600_000) });
    expect(resend.sent).toHaveLength(3);
    expect(await database.db.delivery.count({ where: { alert: { updateId }, state: 'SENT' } })).toBe(3);
  });

  it('hands a batch back to the queue while the provider keeps failing, then sends it once', async () => {
    await manyFollowersOfKuramshin(10);
    const updateId = await publishUpdate();
    resend.fail({ status: 500, count: 100 });
    const [job] = await queuedBatches();
    // The queue would keep retrying it through a year of outage: a long outage delays mail, it never drops it.
    expect(job!.maxAttempts).toBeGreaterThan(attemptsWithin(365 * 24 * 60 * 60));
    await expect(sendAlertBatch(job!.payload, { sleep: noWait })).rejects.toThrow(/not sent yet/);
    expect(await database.db.delivery.count({ where: { alert: { updateId }, state: 'QUEUED' } })).toBe(10);
    resend.reset();
    await sendAlertBatch(job!.payload, { sleep: noWait });
    await sendAlertBatch(job!.payload, { sleep: noWait });
    expect(resend.sent).toHaveLength(10);
  });

  it('sends the same batch again after a crash between the provider accepting it and the record, and the provider drops the repeat', async () => {
    await manyFollowersOfKuramshin(5);
    const updateId = await publishUpdate();
    const [job] = await queuedBatches();
    await sendAlertBatchAndCrash(job!.payload);
    expect(resend.sent).toHaveLength(5);
    await sendAlertBatch(job!.payload, { sleep: noWait });
    expect(resend.sent).toHaveLength(5);
    expect(await database.db.delivery.count({ where: { alert: { updateId }, state: 'SENT' } })).toBe(5);
  });

  it('retries a batch with the emails of its first attempt, whatever changed since: a follower deleted, the update edited', async () => {
    const leaving = await subscribe({ email: 'leaving@example.org', cases: [kuramshin.id] });
    await subscribe({ email: 'staying@example.org', locale: 'fr', cases: [kuramshin.id] });
    const updateId = await publishUpdate('Transféré à Oskemen');
    const [job] = await queuedBatches();
    await sendAlertBatchAndCrash(job!.payload);
    const firstAttempt = resend.sent.map((email) => ({ ...email, id: '' }));

    await database.db.subscriber.delete({ where: { id: leaving.id } });
    await database.db.update.update({ where: { id: updateId }, data: { title: 'Transféré à Pavlodar', translations: { create: { language: 'en', field: 'title', text: 'Moved to Pavlodar' } } } });
    await sendAlertBatch(job!.payload, { sleep: noWait });

    // The provider recognised the very same call: it answered as the first time and sent nothing more.
    expect(resend.calls.map((call) => call.status)).toEqual([500, 200]);
    expect(resend.sent.map((email) => ({ ...email, id: '' }))).toEqual(firstAttempt);
    expect(await database.db.delivery.findMany({ where: { alert: { updateId } }, select: { state: true } })).toEqual([{ state: 'SENT' }]);
    expect(await database.db.alertBatch.findMany({ select: { emails: true } })).toEqual([{ emails: null }]);
  });

  it('does not send again a batch whose first answer was lost more than 23 hours ago, and records it as unconfirmed', async () => {
    await manyFollowersOfKuramshin(3);
    const updateId = await publishUpdate();
    const [job] = await queuedBatches();
    await sendAlertBatchAndCrash(job!.payload);
    // A day on, the provider no longer knows the key: a repeat would be mailed again.
    resend.forgetKeys();
    await sendAlertBatch(job!.payload, { sleep: noWait, now: () => new Date(Date.now() + 23 * 3_600_000 + 60_000) });

    expect(resend.calls).toHaveLength(1);
    expect(resend.sent).toHaveLength(3);
    const deliveries = await database.db.delivery.findMany({ where: { alert: { updateId } }, select: { state: true, error: true } });
    expect(deliveries).toEqual(Array(3).fill({ state: 'FAILED', error: expect.stringMatching(/^unconfirmed: .*23 hours.*may have been delivered/) }));
    expect(await database.db.alertBatch.findMany({ select: { emails: true } })).toEqual([{ emails: null }]);
  });

  it('drops from a batch not yet tried an address suppressed since it was prepared', async () => {
    await subscribe({ email: 'bouncing@example.org', cases: [kuramshin.id] });
    await subscribe({ email: 'staying@example.org', cases: [kuramshin.id] });
    const updateId = await publishUpdate();
    resend.fail({ status: 429, count: 1, retryAfterSeconds: 3_600 });
    const [job] = await queuedBatches();
    await sendAlertBatch(job!.payload, { sleep: noWait });
    await database.db.suppression.create({ data: { email: 'bouncing@example.org', reason: 'BOUNCED' } });
    await sendAlertBatch(job!.payload, { sleep: noWait });
    expect(resend.sent.map((email) => email.to)).toEqual(['staying@example.org']);
    const deliveries = await database.db.delivery.findMany({ where: { alert: { updateId } }, select: { state: true, subscriber: { select: { email: true } } }, orderBy: { subscriber: { email: 'asc' } } });
    expect(deliveries.map((d) => [d.subscriber.email, d.state])).toEqual([['bouncing@example.org', 'SKIPPED'], ['staying@example.org', 'SENT']]);
  });

  it('fails only the email the provider finds invalid, and sends the rest of its batch', async () => {
    await subscribe({ email: 'first@example.org', cases: [kuramshin.id] });
    await subscribe({ email: 'broken@@example.org', cases: [kuramshin.id] });
    await subscribe({ email: 'last@example.org', cases: [kuramshin.id] });
    const updateId = await publishUpdate();
    await runQueuedBatches();
    expect(resend.sent.map((email) => email.to).sort()).toEqual(['first@example.org', 'last@example.org']);
    const deliveries = await database.db.delivery.findMany({
      where: { alert: { updateId } },
      select: { state: true, error: true, providerId: true, subscriber: { select: { email: true } } },
      orderBy: { subscriber: { email: 'asc' } },
    });
    expect(deliveries.map((d) => [d.subscriber.email, d.state, d.error])).toEqual([
      ['broken@@example.org', 'FAILED', expect.stringContaining('validation_error')],
      ['first@example.org', 'SENT', null],
      ['last@example.org', 'SENT', null],
    ]);
    // Each sent delivery has the provider's id of its own email, which the provider's reports name.
    for (const delivery of deliveries.filter((d) => d.state === 'SENT')) expect(resend.sent.find((email) => email.id === delivery.providerId)!.to).toBe(delivery.subscriber.email);
  });

  it('skips followers who left or bounced before their batch went out', async () => {
    const leaving = await subscribe({ email: 'leaving@example.org', cases: [kuramshin.id] });
    await subscribe({ email: 'bouncing@example.org', cases: [kuramshin.id] });
    await subscribe({ email: 'staying@example.org', cases: [kuramshin.id] });
    await publishUpdate();
    await database.db.subscriber.update({ where: { id: leaving.id }, data: { state: 'UNSUBSCRIBED' } });
    await database.db.suppression.create({ data: { email: 'bouncing@example.org', reason: 'COMPLAINED' } });
    await runQueuedBatches();
    expect(resend.sent.map((email) => email.to)).toEqual(['staying@example.org']);
    expect(await database.db.delivery.count({ where: { state: 'SKIPPED' } })).toBe(2);
  });
});

describe('corrections and retractions', () => {
  it('reach only those who were alerted of the original, with a short notice', async () => {
    await subscribe({ email: 'early@example.org', cases: [kuramshin.id] });
    const updateId = await publishUpdate();
    await runQueuedBatches();
    await subscribe({ email: 'late@example.org', cases: [kuramshin.id] });
    resend.reset();
    await database.db.$executeRawUnsafe('DELETE FROM graphile_worker._private_jobs');

    await publish.commitPublication(null, async (tx) => {
      await tx.update.update({ where: { id: updateId }, data: { state: 'RETRACTED' } });
      return { published: [], withdrawn: [{ id: updateId, caseId: kuramshin.id }] };
    });
    await runQueuedBatches();
    expect(resend.sent.map((email) => email.to)).toEqual(['early@example.org']);
    expect(resend.sent[0]!.subject).toMatch(/^Retracted/);
  });

  it('replace an alert still waiting to be sent: the corrected version in full instead, and nothing after a retraction', async () => {
    await subscribe({ email: 'waiting@example.org', cases: [kuramshin.id] });
    const corrected = await publishUpdate('Transféré à Oskemen');
    await correct(corrected, 'Transféré à Pavlodar');
    const retracted = await publishUpdate('Rumeur de libération');
    await publish.commitPublication(null, async (tx) => {
      await tx.update.update({ where: { id: retracted }, data: { state: 'RETRACTED' } });
      return { published: [], withdrawn: [{ id: retracted, caseId: kuramshin.id }] };
    });
    await runQueuedBatches();
    expect(resend.sent.map((email) => email.subject)).toEqual([expect.stringContaining('Transféré à Pavlodar')]);
    expect(resend.sent[0]!.subject).not.toMatch(/^Correct/);
    expect(resend.sent[0]!.text).toContain('Texte corrigé.');
    expect(await database.db.delivery.count({ where: { alert: { updateId: { in: [corrected, retracted] } }, state: 'SKIPPED' } })).toBe(2);
  });

  it('give a notice to those whose copy of the original was already on its way', async () => {
    await subscribe({ email: 'in-flight@example.org', cases: [kuramshin.id] });
    const original = await publishUpdate('Transféré à Oskemen');
    const [inFlight] = await queuedBatches();
    // The provider's answer is lost: the batch is prepared and will be sent again as it is.
    await sendAlertBatchAndCrash(inFlight!.payload);
    await database.db.$executeRawUnsafe('DELETE FROM graphile_worker._private_jobs');
    resend.reset();
    await correct(original, 'Transféré à Pavlodar');
    await runQueuedBatches();
    expect(resend.sent.map((email) => email.subject)).toEqual([expect.stringMatching(/^Correct.*Pavlodar/)]);
  });

  it('never send the text of an update withdrawn after its alert was queued', async () => {
    await subscribe({ email: 'late-batch@example.org', cases: [kuramshin.id] });
    const updateId = await publishUpdate();
    await database.db.update.update({ where: { id: updateId }, data: { state: 'RETRACTED' } });
    await runQueuedBatches();
    expect(resend.sent).toEqual([]);
    expect(await database.db.delivery.findMany({ where: { alert: { updateId } }, select: { state: true } })).toEqual([{ state: 'SKIPPED' }]);
  });
});

describe('weekly digest and action events', () => {
  it('gives weekly followers one email listing what was published since the last digest, and nothing twice', async () => {
    await subscribe({ email: 'weekly@example.org', frequency: 'WEEKLY', locale: 'fr', cases: [kuramshin.id] });
    await subscribe({ email: 'weekly-elsewhere@example.org', frequency: 'WEEKLY', campaigns: ['january-2022'] });
    await publishUpdate('Première nouvelle de la semaine');
    await publishUpdate('Seconde nouvelle de la semaine');
    expect(await queuedBatches()).toHaveLength(0);

    expect(await queueDigest()).toBe(1);
    await runQueuedBatches();
    expect(resend.sent.map((email) => email.to)).toEqual(['weekly@example.org']);
    const [digest] = resend.sent;
    expect(digest!.subject).toBe('Cette semaine dans les cas que vous suivez');
    expect(digest!.text).toContain('Première nouvelle de la semaine');
    expect(digest!.text).toContain('Seconde nouvelle de la semaine');
    expect(digest!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    expect(await queueDigest()).toBe(0);
  });

  it('lists a correction made the same week once, and tells weekly followers of a retraction of what it listed', async () => {
    await subscribe({ email: 'weekly@example.org', frequency: 'WEEKLY', cases: [kuramshin.id] });
    const original = await publishUpdate('Transféré à Oskemen');
    await correct(original, 'Transféré à Pavlodar');
    await queueDigest();
    await runQueuedBatches();
    expect(resend.sent[0]!.text).toContain('Transféré à Pavlodar');
    expect(resend.sent[0]!.text).not.toContain('Oskemen');

    resend.reset();
    const correction = await database.db.update.findFirstOrThrow({ where: { correctsId: original }, select: { id: true } });
    await publish.commitPublication(null, async (tx) => {
      await tx.update.update({ where: { id: correction.id }, data: { state: 'RETRACTED' } });
      return { published: [], withdrawn: [{ id: correction.id, caseId: kuramshin.id }] };
    });
    await runQueuedBatches();
    expect(resend.sent.map((email) => [email.to, email.subject])).toEqual([['weekly@example.org', expect.stringMatching(/^Retracted.*Pavlodar/)]]);
  });

  it('leaves an update dated just before the digest to the next one, as its publication may not have committed yet', async () => {
    await subscribe({ email: 'weekly@example.org', frequency: 'WEEKLY', cases: [kuramshin.id] });
    // Weeks ahead, so that what other tests published falls in no period of this one.
    const digestAt = new Date(Date.now() + 30 * 24 * 3600_000);
    await database.db.update.create({
      data: { caseId: kuramshin.id, title: 'Publiée à la dernière minute', body: '…', occurredOn: new Date('2026-11-01'), occurredOnPrecision: 'DAY', state: 'PUBLISHED', publishedAt: new Date(digestAt.getTime() - 30_000) },
    });
    expect(await queueDigest(digestAt)).toBe(0);
    expect(await queueDigest(new Date(digestAt.getTime() + 7 * 24 * 3600_000))).toBe(1);
    await runQueuedBatches();
    expect(resend.sent[0]!.text).toContain('Publiée à la dernière minute');
  });

  it('announces a new upcoming action to those who follow actions, not a past one recorded afterwards', async () => {
    await subscribe({ email: 'actions@example.org' }).then((s) => database.db.subscriber.update({ where: { id: s.id }, data: { followsEvents: true } }));
    await subscribe({ email: 'case-only@example.org', cases: [kuramshin.id] });
    const event = (startsAt: Date, slug: string) =>
      database.db.actionEvent.create({ data: { slug, kind: 'PICKET', title: `Piquet ${slug}`, startsAt, timeZone: 'Europe/Paris', campaignId: 'january-2022', city: 'Paris' }, select: { id: true } });
    const upcoming = await event(new Date(Date.now() + 7 * 24 * 3600_000), 'piquet-a-venir');
    const past = await event(new Date('2020-01-01T12:00:00Z'), 'piquet-passe');
    await database.db.$transaction(async (tx) => {
      await fanout.queueEventAlert(tx, upcoming.id);
      await fanout.queueEventAlert(tx, past.id);
    });
    await runQueuedBatches();
    expect(resend.sent.map((email) => [email.to, email.subject])).toEqual([['actions@example.org', 'Action: Piquet piquet-a-venir']]);
    expect(resend.sent[0]!.text).toContain('Paris');
  });

  it('announces an action to the followers of its campaign and of the cases it concerns, once each, and no one else', async () => {
    const campaign = await subscribe({ email: 'campaign@example.org', campaigns: [kuramshin.campaignId] });
    const caseFollower = await subscribe({ email: 'case@example.org', cases: [kuramshin.id] });
    const both = await subscribe({ email: 'both@example.org', cases: [kuramshin.id], campaigns: [kuramshin.campaignId] });
    const other = await database.db.case.findFirstOrThrow({ where: { campaignId: { not: kuramshin.campaignId } }, select: { id: true, campaignId: true } });
    await subscribe({ email: 'elsewhere@example.org', cases: [other.id], campaigns: [other.campaignId] });
    const event = await database.db.actionEvent.create({
      data: {
        slug: 'lettres-a-kuramshin',
        kind: 'LETTER_WRITING',
        title: 'Lettres',
        startsAt: new Date(Date.now() + 7 * 24 * 3600_000),
        timeZone: 'Europe/Paris',
        campaignId: kuramshin.campaignId,
        cases: { create: [{ caseId: kuramshin.id }] },
      },
      select: { id: true },
    });
    await database.db.$transaction((tx) => fanout.queueEventAlert(tx, event.id));
    const deliveries = await database.db.delivery.findMany({ where: { alert: { eventId: event.id } }, select: { subscriberId: true } });
    expect(deliveries.map((d) => d.subscriberId).sort()).toEqual([campaign.id, caseFollower.id, both.id].sort());
  });
});

describe('switching between instant alerts and the weekly digest', () => {
  let writeFollows: typeof import('@/lib/subscriptions/write').writeFollows;
  beforeAll(async () => {
    ({ writeFollows } = await import('@/lib/subscriptions/write'));
  });

  /** Saves the preferences page's choices (Kuramshin's case) with the given frequency, as savePreferences does. */
  const switchTo = (subscriberId: string, frequency: 'INSTANT' | 'WEEKLY') =>
    database.db.$transaction((tx) => writeFollows(tx, subscriberId, { locale: 'en', scope: 'chosen', campaigns: [], cases: ['vadim-kuramshin'], events: false, frequency }));
  const sentTo = (email: string) => resend.sent.filter((sent) => sent.to === email);
  const digestsTo = (email: string) => sentTo(email).filter((sent) => sent.subject === 'This week on the cases you follow');

  it('never lists again in the digest what an instant follower was sent before turning weekly, and misses nothing around the switch', async () => {
    const follower = await subscribe({ email: 'turns-weekly@example.org', cases: [kuramshin.id] });
    await publishUpdate('Reçue en direct avant le passage');
    await runQueuedBatches();
    expect(sentTo('turns-weekly@example.org')).toHaveLength(1);

    await switchTo(follower.id, 'WEEKLY');
    // Dated before the switch, committed after it: its alert found the follower weekly already.
    const underWay = await database.db.update.create({
      data: { caseId: kuramshin.id, title: 'En cours pendant le passage', body: '…', occurredOn: new Date('2026-11-01'), occurredOnPrecision: 'DAY', state: 'DRAFT' },
    });
    await publish.commitPublication(null, async (tx) => {
      await tx.update.update({ where: { id: underWay.id }, data: { state: 'PUBLISHED', publishedAt: new Date(Date.now() - 30_000) } });
      return { published: [{ id: underWay.id, caseId: kuramshin.id }], withdrawn: [] };
    });
    await publishUpdate('Publiée après le passage');
    resend.reset();
    await queueDigest();
    await runQueuedBatches();

    expect(sentTo('turns-weekly@example.org')).toHaveLength(1);
    const [digest] = digestsTo('turns-weekly@example.org');
    expect(digest!.text).toContain('Publiée après le passage');
    expect(digest!.text).toContain('En cours pendant le passage');
    expect(digest!.text).not.toContain('Reçue en direct avant le passage');
  });

  it('still lists in the next digest, once, what a weekly follower was owed when turning instant mid-week', async () => {
    const follower = await subscribe({ email: 'turns-instant@example.org', frequency: 'WEEKLY', cases: [kuramshin.id] });
    await publishUpdate('Attendue dans le résumé');
    await switchTo(follower.id, 'INSTANT');
    await publishUpdate('Envoyée en direct après le passage');
    await runQueuedBatches();
    expect(sentTo('turns-instant@example.org').map((sent) => sent.subject)).toEqual([expect.stringContaining('Envoyée en direct après le passage')]);

    resend.reset();
    expect(await queueDigest()).toBe(1);
    await runQueuedBatches();
    const [digest, ...others] = sentTo('turns-instant@example.org');
    expect(others).toEqual([]);
    expect(digest!.subject).toBe('This week on the cases you follow');
    expect(digest!.text).toContain('Attendue dans le résumé');
    expect(digest!.text).not.toContain('Envoyée en direct après le passage');

    resend.reset();
    await publishUpdate('Semaine suivante, en direct');
    expect(await queueDigest(new Date(Date.now() + 7 * 24 * 3600_000))).toBe(0);
  });

  it('lists in a new weekly follower’s first digest only what was published after they subscribed', async () => {
    await publishUpdate('Avant l’inscription');
    const follower = await subscribe({ email: 'new-weekly@example.org', frequency: 'WEEKLY', cases: [kuramshin.id] });
    await database.db.subscriber.update({ where: { id: follower.id }, data: { confirmedAt: new Date() } });
    await publishUpdate('Après l’inscription');
    await queueDigest();
    await runQueuedBatches();
    const [digest] = digestsTo('new-weekly@example.org');
    expect(digest!.text).toContain('Après l’inscription');
    expect(digest!.text).not.toContain('Avant l’inscription');
  });
});

describe('action events in the weekly digest', () => {
  it('lists an action announced in the period, even one recorded long before it became upcoming, and never one already announced on its own', async () => {
    await subscribe({ email: 'weekly-actions@example.org', frequency: 'WEEKLY' }).then((s) => database.db.subscriber.update({ where: { id: s.id }, data: { followsEvents: true } }));
    const instant = await subscribe({ email: 'instant-actions@example.org' });
    await database.db.subscriber.update({ where: { id: instant.id }, data: { followsEvents: true } });
    // Recorded a month ago as past, moved to next week today: announced now.
    const moved = await database.db.actionEvent.create({
      data: { slug: 'piquet-deplace', kind: 'PICKET', title: 'Piquet déplacé', startsAt: new Date(Date.now() + 7 * 24 * 3600_000), timeZone: 'Europe/Paris', campaignId: 'january-2022', createdAt: new Date(Date.now() - 30 * 24 * 3600_000) },
      select: { id: true },
    });
    await database.db.$transaction((tx) => fanout.queueEventAlert(tx, moved.id));
    await database.db.subscriber.update({ where: { id: instant.id }, data: { frequency: 'WEEKLY' } });
    await runQueuedBatches();
    resend.reset();

    await queueDigest();
    await runQueuedBatches();
    expect(resend.sent.map((email) => email.to)).toEqual(['weekly-actions@example.org']);
    expect(resend.sent[0]!.text).toContain('Piquet déplacé');
  });
});
