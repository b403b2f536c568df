import { createHash, randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { createPrismaClient, type Db } from '../../lib/prisma-client';
import { identities, identityRole, linkTokenPurpose, pageAccess, type Identity, type PageOutcome } from '../support/access-table';
import { signInAsNew } from './support/sign-in';

/** A record of the seed for each dynamic segment, by the folder it follows ("cases/[id]" → a case's id). */
const sampleRecord: Record<string, (db: Db) => Promise<string>> = {
  'cases/[id]': async (db) => (await db.case.findFirstOrThrow({ select: { id: true } })).id,
  'updates/[id]': async (db) => (await db.update.findFirstOrThrow({ select: { id: true } })).id,
  'demands/[id]': async (db) => (await db.demand.findFirstOrThrow({ select: { id: true } })).id,
  'events/[id]': async (db) => (await db.actionEvent.findFirstOrThrow({ select: { id: true } })).id,
  'campaigns/[id]': async (db) => (await db.campaign.findFirstOrThrow({ select: { id: true } })).id,
  'organisations/[id]': async (db) => (await db.organisation.findFirstOrThrow({ select: { id: true } })).id,
  'sources/[id]': async (db) => (await db.sourceDocument.findFirstOrThrow({ select: { id: true } })).id,
  'cases/[slug]': async (db) => (await db.case.findFirstOrThrow({ where: { identityProtected: false }, select: { slug: true } })).slug,
  'events/[slug]': async (db) => (await db.actionEvent.findFirstOrThrow({ select: { slug: true } })).slug,
  'sources/[slug]': async (db) => (await db.sourceDocument.findFirstOrThrow({ where: { state: 'PUBLIC' }, select: { slug: true } })).slug,
};

/** A confirmed subscriber and a link token of each purpose, stored hashed as lib/subscriptions/tokens.ts stores them. */
async function subscriberTokens(db: Db) {
  const subscriber = await db.subscriber.create({
    data: { email: `matrix-${randomBytes(4).toString('hex')}@example.org`, locale: 'en', state: 'CONFIRMED', confirmedAt: new Date(), followsEverything: true },
    select: { id: true },
  });
  const token = async (purpose: 'CONFIRM' | 'MANAGE') => {
    const raw = randomBytes(32).toString('base64url');
    const tokenHash = createHash('sha256').update(raw).digest('hex');
    await db.subscriberToken.create({ data: { subscriberId: subscriber.id, purpose, tokenHash, expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000) } });
    return raw;
  };
  return { CONFIRM: await token('CONFIRM'), MANAGE: await token('MANAGE') };
}

/** The address of a page for a caller: seeded records in its dynamic segments, and the caller's link token or one that opens nothing. */
async function addressFor(db: Db, pattern: string, sample: string | undefined, tokens: Record<'CONFIRM' | 'MANAGE', string> | null) {
  let address = (sample ?? pattern).replace('/[locale]', '/en');
  for (const [segment, folder, parameter] of address.matchAll(/(\w+)\/(\[\w+\])/g)) {
    if (parameter === '[token]') address = address.replace(segment, `${folder}/${tokens ? tokens[linkTokenPurpose(pattern)] : randomBytes(32).toString('base64url')}`);
    else if (sampleRecord[segment]) address = address.replace(segment, `${folder}/${encodeURIComponent(await sampleRecord[segment](db))}`);
    else throw new Error(`no sample for ${segment} of ${pattern}: add one to sampleRecord or a sample to the access table`);
  }
  return address;
}

/** What the answer to a page request shows, in the access table's words. */
async function pageOutcome(response: APIResponse): Promise<PageOutcome | string> {
  const status = response.status();
  if (status === 404) return 'not-found';
  if (status >= 300 && status < 400) {
    const location = response.headers().location ?? '';
    if (/\/en\/admin\/sign-in$/.test(location)) return 'sign-in';
    if (/\/en\/admin$/.test(location)) return 'workspace';
    return `redirect to ${location}`;
  }
  if (status !== 200) return `status ${status}`;
  // The rendered heading, not the interface texts the workspace hands its client components.
  const html = await response.text();
  if (/<h1[^>]*>Not allowed<\/h1>/.test(html)) return 'forbidden';
  if (/<h1[^>]*>This link no longer works<\/h1>/.test(html)) return 'link-invalid';
  return 'allowed';
}

for (const identity of identities) {
  test(`every page answers ${identity === 'anonymous' ? 'a visitor' : `a ${identity}`} as the access table says`, async ({ browser, playwright, baseURL }) => {
    // One request per page (no page load): signing in, then some forty answers.
    test.setTimeout(90_000);
    const db = createPrismaClient(process.env.DATABASE_URL!, 1);
    const role = identityRole[identity];
    let request: APIRequestContext;
    if (role) {
      const context = await browser.newContext({ baseURL });
      await signInAsNew(await context.newPage(), db, role);
      request = context.request;
    } else {
      request = await playwright.request.newContext({ baseURL });
    }
    const tokens = identity === 'subscriber' ? await subscriberTokens(db) : null;

    const expected: Record<string, PageOutcome> = {};
    const actual: Record<string, PageOutcome | string> = {};
    for (const [pattern, { outcomes, sample }] of Object.entries(pageAccess)) {
      const address = await addressFor(db, pattern, sample, tokens);
      expected[pattern] = outcomes[identity];
      actual[pattern] = await pageOutcome(await request.get(address, { maxRedirects: 0 }));
    }
    await db.$disconnect();
    expect(actual).toEqual(expected);
  });
}
