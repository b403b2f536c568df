import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'svix';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { createAlertWithDeliveries, deliveriesIn } from '../support/alert-deliveries';
import { createTestDatabase } from '../support/test-database';

const secret = `whsec_${randomBytes(24).toString('base64')}`;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let POST: (request: Request) => Promise<Response>;
let suppressions: typeof import('@/lib/suppressions/suppressions');

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.RESEND_WEBHOOK_SECRET = secret;
  ({ POST } = await import('@/app/api/webhooks/resend/route'));
  suppressions = await import('@/lib/suppressions/suppressions');
});
afterAll(async () => {
  await (await import('@/lib/db')).db.$disconnect();
  await database?.drop();
});

type Delivery = { body: string; id?: string; sentAt?: Date; signWith?: string; headers?: Record<string, string> };

/** What Resend sends: the raw body, signed by Svix over `id.timestamp.body`. */
function webhookRequest({ body, id = `msg_${randomUUID()}`, sentAt = new Date(), signWith = secret, headers }: Delivery): Request {
  const signature = new Webhook(signWith).sign(id, sentAt, body);
  return new Request('http://localhost/api/webhooks/resend', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'svix-id': id, 'svix-timestamp': String(Math.floor(sentAt.getTime() / 1000)), 'svix-signature': signature, ...headers },
  });
}

const resendEvent = (type: string, data: Record<string, unknown>) =>
  JSON.stringify({
    type,
    created_at: new Date().toISOString(),
    data: { created_at: new Date().toISOString(), email_id: randomUUID(), from: 'Solidarity <alerts@example.org>', subject: 'Update', ...data },
  });
const bounce = (to: string[], type = 'Permanent', emailId: string = randomUUID()) =>
  resendEvent('email.bounced', { to, email_id: emailId, bounce: { message: 'No such mailbox', subType: 'General', type } });

const snapshot = async () => ({
  suppressions: await database.db.suppression.findMany({ select: { email: true, reason: true }, orderBy: { email: 'asc' } }),
  events: await database.db.webhookEvent.count(),
});

describe('the Resend webhook', () => {
  it('suppresses the address of a hard bounce, lower-cased, and records the event', async () => {
    const response = await POST(webhookRequest({ body: bounce(['Gone.Reader@Example.org']), id: 'msg_bounce' }));
    expect(response.status).toBe(200);
    expect(await database.db.suppression.findUnique({ where: { email: 'gone.reader@example.org' } })).toMatchObject({ reason: 'BOUNCED' });
    expect(await database.db.webhookEvent.findUnique({ where: { id: 'msg_bounce' } })).toMatchObject({ type: 'email.bounced' });
    expect(await suppressions.isSuppressed('GONE.reader@example.org ')).toBe(true);
    expect(await suppressions.isSuppressed('still.here@example.org')).toBe(false);
  });

  it('suppresses every recipient of a complaint, written with or without a display name', async () => {
    const body = resendEvent('email.complained', { to: ['Annoyed Reader <annoyed@example.org>', 'second@example.org'] });
    expect((await POST(webhookRequest({ body }))).status).toBe(200);
    const rows = await database.db.suppression.findMany({ where: { email: { in: ['annoyed@example.org', 'second@example.org'] } }, select: { reason: true } });
    expect(rows).toEqual([{ reason: 'COMPLAINED' }, { reason: 'COMPLAINED' }]);
  });

  it('leaves a soft bounce alone: the address may work tomorrow', async () => {
    const before = await snapshot();
    expect((await POST(webhookRequest({ body: bounce(['full.mailbox@example.org'], 'Transient') }))).status).toBe(200);
    expect(await snapshot()).toEqual(before);
  });

  it('answers a replay with 200 and changes nothing, even when the copies arrive together', async () => {
    const id = 'msg_replayed';
    const body = bounce(['replayed@example.org']);
    expect((await POST(webhookRequest({ body, id }))).status).toBe(200);
    await database.db.suppression.delete({ where: { email: 'replayed@example.org' } });
    const before = await snapshot();
    const replies = await Promise.all([POST(webhookRequest({ body, id })), POST(webhookRequest({ body, id }))]);
    expect(replies.map((reply) => reply.status)).toEqual([200, 200]);
    expect(await snapshot()).toEqual(before);

    const concurrentId = 'msg_concurrent';
    const concurrent = await Promise.all([1, 2, 3].map(() => POST(webhookRequest({ body: bounce(['concurrent@example.org']), id: concurrentId }))));
    expect(concurrent.map((reply) => reply.status)).toEqual([200, 200, 200]);
    expect(await database.db.webhookEvent.count({ where: { id: concurrentId } })).toBe(1);
    expect(await database.db.suppression.count({ where: { email: 'concurrent@example.org' } })).toBe(1);
  });

  it('marks the alert email that bounced or was complained of, once, and no other', async () => {
    const alert = await createAlertWithDeliveries(database.db, { kind: 'DIGEST' }, deliveriesIn('SENT', 4));
    const deliveries = await database.db.delivery.findMany({ where: { alertId: alert.id }, orderBy: { id: 'asc' }, select: { id: true } });
    const providerIds = deliveries.map(() => randomUUID());
    for (const [index, { id }] of deliveries.entries()) await database.db.delivery.update({ where: { id }, data: { providerId: providerIds[index] } });
    const to = (index: number) => [alert.emails[index]!];
    const reports = () => database.db.delivery.findMany({ where: { alertId: alert.id }, orderBy: { id: 'asc' }, select: { bouncedAt: true, complainedAt: true } });

    expect((await POST(webhookRequest({ body: bounce(to(0), 'Permanent', providerIds[0]) }))).status).toBe(200);
    expect((await POST(webhookRequest({ body: resendEvent('email.complained', { to: to(1), email_id: providerIds[1] }) }))).status).toBe(200);
    expect((await POST(webhookRequest({ body: bounce(to(2), 'Transient', providerIds[2]) }))).status).toBe(200);
    const marked = await reports();
    expect(marked).toEqual([
      { bouncedAt: expect.any(Date), complainedAt: null },
      { bouncedAt: null, complainedAt: expect.any(Date) },
      { bouncedAt: null, complainedAt: null },
      { bouncedAt: null, complainedAt: null },
    ]);

    // A second bounce event for the same email keeps the first report's time.
    expect((await POST(webhookRequest({ body: bounce(to(0), 'Permanent', providerIds[0]) }))).status).toBe(200);
    expect(await reports()).toEqual(marked);
  });

  it('refuses a forged, missing or stale signature with 401 and changes nothing', async () => {
    const body = bounce(['victim@example.org']);
    const before = await snapshot();
    const refused = [
      webhookRequest({ body, signWith: `whsec_${randomBytes(24).toString('base64')}` }),
      webhookRequest({ body, headers: { 'svix-signature': '' } }),
      webhookRequest({ body, sentAt: new Date(Date.now() - 10 * 60 * 1000) }),
      // Signed, then re-serialised: the signature covers the exact bytes.
      new Request('http://localhost/api/webhooks/resend', { method: 'POST', body: JSON.stringify(JSON.parse(body), null, 2), headers: webhookRequest({ body }).headers }),
    ];
    for (const request of refused) {
      const response = await POST(request);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('acknowledges event types it does not act on with 200 and changes nothing', async () => {
    const before = await snapshot();
    const response = await POST(webhookRequest({ body: resendEvent('email.delivered', { to: ['reader@example.org'] }) }));
    expect(response.status).toBe(200);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 400 to a signed body that is not JSON or not a usable event', async () => {
    const before = await snapshot();
    for (const body of ['{"type": "email.bounced", ', '[]', resendEvent('email.complained', { to: ['not an address'] })]) {
      const response = await POST(webhookRequest({ body }));
      expect(response.status, body).toBe(400);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('gives raw queries a predicate for suppressed addresses', async () => {
    const rows = await database.db.$queryRaw<{ email: string }[]>`
      SELECT candidate.email FROM (VALUES ('gone.reader@example.org'), ('still.here@example.org')) AS candidate(email)
      WHERE NOT ${suppressions.suppressedAddress(Prisma.raw('candidate.email'))}`;
    expect(rows).toEqual([{ email: 'still.here@example.org' }]);
  });
});

describe('the Resend webhook without a signing secret', () => {
  it('answers 503 and records nothing', async () => {
    vi.resetModules();
    delete process.env.RESEND_WEBHOOK_SECRET;
    const unconfigured = await import('@/app/api/webhooks/resend/route');
    const before = await snapshot();
    const response = await unconfigured.POST(webhookRequest({ body: bounce(['someone@example.org']) }));
    expect(response.status).toBe(503);
    expect(await snapshot()).toEqual(before);
  });
});
