import { AsyncLocalStorage } from 'node:async_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { Webhook } from 'svix';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkspaceUser } from '@/lib/auth/session';
import { aliasList } from '@/lib/cases/case.schema';
import { createDetainedCase } from '../e2e/support/test-case';
import { createSeededAppDatabase } from '../support/app-database';
import { session } from '../support/signed-in';
import { homoglyphEmails, hostileEmails, hostileSlugs, hostileStrings, hostileUrls, sampledHostileStrings } from '../support/hostile-strings';

// The actions run through their wrappers as in the app; only the session, the message lookup (keys instead of
// sentences), the cache and the request headers stand in for a request.
vi.mock('@/lib/auth/session', () => import('../support/signed-in'));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}`, getLocale: async () => 'en' }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
const fromIp = new AsyncLocalStorage<string>();
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': fromIp.getStore() ?? '192.0.2.1' }) }));

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let organizer: WorkspaceUser;
let issuerId: string;
let caseId: string;
const caseSlug = 'hostile-input-case';
const sourceSlug = 'hostile-input-source';
let sourceId: string;
const webhookSecret = `whsec_${Buffer.from('hostile-input-webhook-secret-01').toString('base64')}`;
/** Errors the wrappers logged: each is an action that failed on input it should have answered. */
const unexpectedFailures: unknown[][] = [];

beforeAll(async () => {
  database = await createSeededAppDatabase();
  Object.assign(process.env, { HUMAN_CHECK: 'off', RESEND_WEBHOOK_SECRET: webhookSecret });
  const row = await database.db.user.create({ data: { email: 'hostile-organizer@example.org', role: 'ORGANIZER' } });
  organizer = { id: row.id, email: row.email, name: null, role: 'ORGANIZER' };
  session.user = organizer;
  issuerId = (await database.db.organisation.findFirstOrThrow({ select: { id: true } })).id;
  caseId = (await createDetainedCase(database.db, caseSlug, 'Hostile Input')).id;
  sourceId = (
    await database.db.sourceDocument.create({
      data: { slug: sourceSlug, title: 'Document', body: 'Texte.', language: 'fr', issuedOn: new Date('2022-01-10'), issuedOnPrecision: 'DAY', issuers: { create: [{ organisationId: issuerId, position: 0 }] } },
    })
  ).id;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void unexpectedFailures.push(args));
});
afterAll(async () => {
  vi.restoreAllMocks();
  await database?.drop();
});

type Result = { ok?: boolean; message?: string; errors?: Record<string, string[]>; data?: unknown };

/**
 * Sends every hostile string through one form and collects what went wrong: an answer that is not a validation
 * message (the action failed and hid an error) or accepted text that does not come back exactly as typed
 * (`shownBack` gives, per field, the text a page would show, read as that page reads it).
 */
async function sendEveryString(
  submit: (text: string, index: number) => Promise<Result>,
  shownBack: (text: string, result: Result, index: number) => Promise<Record<string, unknown>>,
  expected: (text: string) => Record<string, unknown>,
) {
  const problems: { text: string; problem: string }[] = [];
  let accepted = 0;
  for (const [index, text] of hostileStrings.entries()) {
    const logged = unexpectedFailures.length;
    const result = await submit(text, index);
    if (unexpectedFailures.length > logged || /unexpected/.test(result.message ?? '')) {
      problems.push({ text, problem: `failed: ${unexpectedFailures.at(-1)?.join(' ') ?? result.message}`.slice(0, 300) });
      continue;
    }
    if (!result.ok) {
      if (!result.errors || Object.keys(result.errors).length === 0) problems.push({ text, problem: `refused without a field error: ${result.message}` });
      continue;
    }
    accepted++;
    const shown = await shownBack(text, result, index);
    for (const [field, value] of Object.entries(expected(text))) {
      if (shown[field] !== value) problems.push({ text, problem: `${field} came back as ${JSON.stringify(shown[field])}` });
    }
  }
  return { problems, accepted };
}

/** Text fields are trimmed (a value is what the form holds, without surrounding blanks); nothing else changes. */
const trimmed = (text: string) => text.trim();
const orEmpty = (value: { text: string } | string | null | undefined) => (typeof value === 'string' ? value : (value?.text ?? ''));

// Each test sends some 500 strings through an action and reads each back: slow on a loaded machine.
describe('every workspace form, given the Big List of Naughty Strings and worse', { timeout: 180_000 }, () => {
  it('the case form stores each text exactly, and the case page and its editor show it back', async () => {
    const { updateCase } = await import('@/lib/cases/actions');
    const { getCaseForEditing } = await import('@/lib/cases/editor-queries');
    const { getCaseBySlug } = await import('@/lib/cases/queries');
    let version = 1;
    const textFields = ['name', 'summary', 'role', 'placeOfDetention', 'letterAddress', 'charges', 'sentence'] as const;
    const { problems, accepted } = await sendEveryString(
      async (text) => {
        const result = await updateCase({
          id: caseId,
          version,
          kind: 'PERSON',
          slug: caseSlug,
          identityProtected: false,
          language: 'en',
          organisationId: '',
          campaignId: 'january-2022',
          groupId: '',
          photoUrl: '',
          flags: [],
          aliases: text,
          ...Object.fromEntries(textFields.map((field) => [field, text])),
        });
        if (result.ok) version++;
        return result;
      },
      async () => {
        const [editor, page] = await Promise.all([getCaseForEditing(caseId), getCaseBySlug(caseSlug, 'en')]);
        return {
          ...Object.fromEntries(textFields.map((field) => [`editor ${field}`, editor!.values[field]])),
          ...Object.fromEntries(textFields.map((field) => [`page ${field}`, orEmpty(page![field])])),
        };
      },
      (text) => ({ ...Object.fromEntries(textFields.flatMap((field) => [[`editor ${field}`, trimmed(text)], [`page ${field}`, trimmed(text)]])) }),
    );
    expect(problems).toEqual([]);
    expect(accepted).toBeGreaterThan(400);
  });

  it('the update form stores title and text exactly, and the case timeline shows them back', async () => {
    const { createUpdate } = await import('@/lib/updates/actions');
    const { getUpdateForEditing } = await import('@/lib/updates/editor-queries');
    const { getCaseBySlug } = await import('@/lib/cases/queries');
    const published = new Map<string, string>();
    const { problems, accepted } = await sendEveryString(
      (text) =>
        createUpdate({
          caseId,
          title: text,
          body: text,
          language: 'en',
          occurredOn: '2022-01-11',
          occurredOnPrecision: 'DAY',
          status: '',
          releaseKind: '',
          sources: [],
          intent: 'publish',
          scheduledAt: '',
          timeZone: '',
        }),
      async (text, result) => {
        const id = (result.data as { id: string }).id;
        published.set(id, trimmed(text));
        const editor = await getUpdateForEditing(id);
        return { 'editor title': editor?.values.title, 'editor body': editor?.values.body };
      },
      (text) => ({ 'editor title': trimmed(text), 'editor body': trimmed(text) }),
    );
    expect(problems).toEqual([]);
    expect(accepted).toBeGreaterThan(400);
    // The case page, read once: its timeline holds every one of them as typed.
    const timeline = (await getCaseBySlug(caseSlug, 'en'))!.updates.filter((update) => published.has(update.id));
    expect(timeline).toHaveLength(published.size);
    expect(timeline.filter((update) => update.title.text !== published.get(update.id) || update.body.text !== published.get(update.id))).toEqual([]);
  });

  it('the demand form stores its texts exactly, and the demands page shows them back', async () => {
    const { createDemand } = await import('@/lib/demands/actions');
    const { getDemandForEditing } = await import('@/lib/demands/editor-queries');
    const { listDemandLists } = await import('@/lib/demands/queries');
    const { problems, accepted } = await sendEveryString(
      (text, index) =>
        createDemand({
          slug: `hostile-demand-${index}`,
          text,
          language: 'en',
          kind: 'DEMAND',
          status: 'PENDING',
          progressNote: text,
          campaignId: 'january-2022',
          issuedById: issuerId,
          issuedOn: '2022-02-01',
          issuedOnPrecision: 'DAY',
          caseIds: [caseId],
        }),
      async (_text, result, index) => {
        const editor = await getDemandForEditing((result.data as { id: string }).id);
        const shown = (await listDemandLists('en')).flatMap((list) => list.demands).find((demand) => demand.slug === `hostile-demand-${index}`);
        return { 'editor text': editor?.values.text, 'editor note': editor?.values.progressNote, 'page text': orEmpty(shown?.text), 'page note': orEmpty(shown?.progressNote) };
      },
      (text) => ({ 'editor text': trimmed(text), 'editor note': trimmed(text), 'page text': trimmed(text), 'page note': trimmed(text) }),
    );
    expect(problems).toEqual([]);
    expect(accepted).toBeGreaterThan(400);
  });

  it('the event form stores its texts exactly, and the event page shows them back', async () => {
    const { createEvent } = await import('@/lib/events/actions');
    const { getEventForEditing } = await import('@/lib/events/editor-queries');
    const { getEventBySlug } = await import('@/lib/events/queries');
    const textFields = ['title', 'description', 'city', 'venue'] as const;
    const { problems, accepted } = await sendEveryString(
      (text, index) =>
        createEvent({
          slug: `hostile-event-${index}`,
          kind: 'PICKET',
          language: 'en',
          startsAt: '2031-03-10T18:30',
          endsAt: '',
          timeZone: 'Asia/Almaty',
          allDay: false,
          datePrecision: 'DAY',
          country: 'KZ',
          onlineUrl: '',
          organiserId: '',
          campaignId: 'january-2022',
          caseIds: [],
          demandIds: [],
          cancelled: false,
          ...Object.fromEntries(textFields.map((field) => [field, text])),
        }),
      async (_text, result) => {
        const id = (result.data as { id: string }).id;
        const editor = await getEventForEditing(id);
        const page = await getEventBySlug(editor!.values.slug, 'en');
        return {
          ...Object.fromEntries(textFields.map((field) => [`editor ${field}`, editor!.values[field]])),
          ...Object.fromEntries(textFields.map((field) => [`page ${field}`, orEmpty(page?.[field])])),
        };
      },
      (text) => Object.fromEntries(textFields.flatMap((field) => [[`editor ${field}`, trimmed(text)], [`page ${field}`, trimmed(text)]])),
    );
    expect(problems).toEqual([]);
    expect(accepted).toBeGreaterThan(400);
  });

  it('the campaign form stores title and summary exactly, and the home page shows them back', async () => {
    const { updateCampaign } = await import('@/lib/campaigns/actions');
    const { getCampaignForEditing } = await import('@/lib/campaigns/editor-queries');
    const { listCampaigns } = await import('@/lib/campaigns/queries');
    const campaign = await database.db.campaign.create({ data: { slug: 'hostile-campaign', title: 'Campagne', summary: 'Résumé.', language: 'en', position: 90 }, select: { id: true } });
    let version = 1;
    const { problems, accepted } = await sendEveryString(
      async (text) => {
        const result = await updateCampaign({ id: campaign.id, version, title: text, summary: text, position: 90 });
        if (result.ok) version++;
        return result;
      },
      async () => {
        const editor = await getCampaignForEditing(campaign.id);
        const shown = (await listCampaigns('en')).find((row) => row.slug === 'hostile-campaign');
        return { 'editor title': editor?.values.title, 'editor summary': editor?.values.summary, 'page title': shown?.title.text, 'page summary': shown?.summary.text };
      },
      (text) => ({ 'editor title': trimmed(text), 'editor summary': trimmed(text), 'page title': trimmed(text), 'page summary': trimmed(text) }),
    );
    expect(problems).toEqual([]);
    expect(accepted).toBeGreaterThan(400);
  });

  it('the source form stores title, summary and the untrimmed text exactly, and the source page shows them back', async () => {
    const { updateSource } = await import('@/lib/sources/actions');
    const { getSourceForEditing } = await import('@/lib/sources/editor-queries');
    const { getSourceBySlug } = await import('@/lib/sources/queries');
    let version = 1;
    const { problems, accepted } = await sendEveryString(
      async (text) => {
        const result = await updateSource({ id: sourceId, version, title: text, summary: text, body: text, issuerIds: [issuerId], issuedOn: '2022-01-10', issuedOnPrecision: 'DAY' });
        if (result.ok) version++;
        return result;
      },
      async () => {
        const [editor, page] = await Promise.all([getSourceForEditing(sourceId), getSourceBySlug(sourceSlug)]);
        return {
          'editor title': editor?.values.title,
          'editor summary': editor?.values.summary,
          'editor text': editor?.values.body,
          'page title': page?.title,
          'page summary': page?.summary ?? '',
          'page text': page?.body,
        };
      },
      (text) => ({
        'editor title': trimmed(text),
        'editor summary': trimmed(text),
        'editor text': text.replace(/\r\n?/g, '\n'),
        'page title': trimmed(text),
        'page summary': trimmed(text),
        'page text': text.replace(/\r\n?/g, '\n'),
      }),
    );
    expect(problems).toEqual([]);
    expect(accepted).toBeGreaterThan(400);
  });

  it('answers wrong types, missing fields and oversize values with field errors', async () => {
    const { updateCampaign } = await import('@/lib/campaigns/actions');
    const { createDemand } = await import('@/lib/demands/actions');
    const oversize = 'x'.repeat(1_000_001);
    const inputs: unknown[] = [
      undefined,
      null,
      'text',
      42,
      [],
      { id: 42, version: '1', title: ['a'], summary: { $gt: '' }, position: 'NaN' },
      { id: 'x', version: 1, title: oversize, summary: oversize, position: 1e308 },
      { id: 'x', version: -1, title: 'a', summary: 'b', position: -1, __proto__: { admin: true } },
      JSON.parse('{"id":"x","version":1,"title":"a","summary":"b","position":1,"__proto__":{"polluted":true}}'),
    ];
    for (const input of inputs) {
      const logged = unexpectedFailures.length;
      const result = await updateCampaign(input);
      expect(result.ok, JSON.stringify(input)?.slice(0, 100)).toBeUndefined();
      // The last input is well formed: it names no campaign.
      expect(result.message).toMatch(/^(workspace\.errors\.invalid|records\.campaigns\.missing)$/);
      expect(unexpectedFailures.length).toBe(logged);
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const overlong = await createDemand({ slug: 'x'.repeat(101), text: 'x'.repeat(5001), caseIds: Array.from({ length: 501 }, () => caseId) });
    expect(overlong.errors).toMatchObject({ slug: ['tooLong'], text: ['tooLong'], caseIds: ['tooBig'] });
  });
});

describe('the public forms, given the same strings', { timeout: 180_000 }, () => {
  const form = (values: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(values)) for (const one of [value].flat()) data.append(name, one);
    return data;
  };

  it('the subscribe form answers every string in its fields with a message, and stores only valid addresses', async () => {
    const { subscribe } = await import('@/lib/subscriptions/actions');
    const { problems } = await sendEveryString(
      (text, index) =>
        fromIp.run(`198.51.100.${index % 250}`, () =>
          subscribe(undefined, form({ email: text, locale: text, scope: text, cases: [text, caseSlug], campaigns: text, frequency: text, events: text, humanCheck: text })),
        ),
      async () => ({}),
      () => ({}),
    );
    expect(problems).toEqual([]);
    const stored = await database.db.subscriber.findMany({ select: { email: true } });
    for (const { email } of stored) expect(email).toMatch(/^[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}$/);
  });

  it('refuses addresses that only look like a valid one, and stores them for no one', async () => {
    const { subscribe } = await import('@/lib/subscriptions/actions');
    for (const [index, email] of [...homoglyphEmails('admin', 'example.org'), 'admin@example.org\nBcc: victim@example.org', 'admin@example.org, other@example.org'].entries()) {
      const result = await fromIp.run(`203.0.113.${index}`, () => subscribe(undefined, form({ email, locale: 'en', scope: 'everything', frequency: 'INSTANT' })));
      expect(result.errors?.email, email).toEqual(['email']);
    }
    expect(await database.db.subscriber.count({ where: { email: { contains: 'admin' } } })).toBe(0);
  });

  it('the preferences form answers every string in its choices with a message, and changes only the link holder', async () => {
    const { savePreferences } = await import('@/lib/subscriptions/actions');
    const { issueToken } = await import('@/lib/subscriptions/tokens');
    const subscriber = await database.db.subscriber.create({ data: { email: 'hostile-preferences@example.org', locale: 'en', state: 'CONFIRMED', confirmedAt: new Date() } });
    const { raw } = await issueToken(database.db, subscriber.id, 'MANAGE');
    const { problems } = await sendEveryString(
      (text) => savePreferences(undefined, form({ token: raw, locale: 'en', scope: 'chosen', cases: [text, caseSlug], campaigns: text, frequency: 'WEEKLY', events: text })),
      async () => ({}),
      () => ({}),
    );
    expect(problems).toEqual([]);
    const tokenProblems = await sendEveryString(
      (text) => savePreferences(undefined, form({ token: text, locale: 'en', scope: 'everything', frequency: 'INSTANT' })),
      async () => ({}),
      () => ({}),
    );
    expect(tokenProblems.problems.filter((problem) => !problem.problem.includes('refused without a field error'))).toEqual([]);
    const follows = await database.db.subscriberCase.findMany({ where: { subscriberId: subscriber.id }, select: { case: { select: { slug: true } } } });
    expect(follows).toEqual([{ case: { slug: caseSlug } }]);
  });
});

/** Characters XML 1.0 does not allow at all (a feed holding one is refused by every reader). */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** Control characters iCalendar text may not hold (RFC 5545, 3.3.11: newlines are written as \n). */
const notICalendar = /[\u0000-\u0008\u000A-\u001F\u007F]/;

describe('every public address, given the same strings and the texts stored above', { timeout: 180_000 }, () => {
  const origin = 'https://tracker.example.org';
  type Handler = (request: never, context: never) => Promise<Response> | Response;
  const get = async (handler: Handler, path: string, params: Record<string, string> = {}) => {
    const request = new NextRequest(new URL(path, origin));
    return handler(request as never, { params: Promise.resolve(params) } as never);
  };

  it('answers every parameter of every API endpoint, every path and every other public address with 200, 303, 400 or 404', async () => {
    // The API's addresses and parameters as its endpoint descriptions (which the OpenAPI document is made of)
    // name them, plus one it does not know; then the other addresses that take a slug, a token or a parameter.
    const { endpoints } = await import('@/lib/api/endpoints');
    const apiRoutes = await Promise.all(
      endpoints.map(async (endpoint) => {
        const folder = endpoint.path.replace(/\{(\w+)\}/g, '[$1]');
        const handler = (await import(path.join(path.resolve(__dirname, '../..'), 'app', folder, 'route.ts'))).GET as Handler;
        return [folder, { handler, parameters: [...Object.keys(endpoint.query.shape), 'other'], pathParameter: Object.keys(endpoint.pathParameters ?? {})[0] }] as const;
      }),
    );
    const routes: Record<string, { handler: Handler; parameters: string[]; pathParameter?: string }> = {
      ...Object.fromEntries(apiRoutes),
      '/cases/[slug]/feed.xml': { handler: (await import('@/app/cases/[slug]/feed.xml/route')).GET, parameters: [], pathParameter: 'slug' },
      '/calendar.ics': { handler: (await import('@/app/calendar.ics/route')).GET, parameters: ['locale'] },
      '/events/[slug]/ics': { handler: (await import('@/app/events/[slug]/ics/route')).GET, parameters: ['locale'], pathParameter: 'slug' },
      '/[locale]/subscription/[token]/data.json': { handler: (await import('@/app/[locale]/subscription/[token]/data.json/route')).GET, parameters: [], pathParameter: 'token' },
      '/unsubscribe/[token]': { handler: (await import('@/app/unsubscribe/[token]/route')).GET, parameters: [], pathParameter: 'token' },
    };
    expect(Object.keys(routes)).toEqual(expect.arrayContaining(['/api/v1/cases', '/api/v1/cases/[slug]', '/api/v1/updates', '/api/v1/demands', '/api/v1/events']));
    expect(routes['/api/v1/events']!.parameters).toEqual(expect.arrayContaining(['limit', 'cursor', 'updatedSince']));
    const failures: string[] = [];
    for (const [route, { handler, parameters, pathParameter }] of Object.entries(routes)) {
      for (const text of hostileStrings) {
        const base = route.replace('[locale]', 'en').replace(/\[\w+\]/, 'hostile-input-case');
        const tries = [
          ...parameters.map((parameter) => get(handler, `${base}?${new URLSearchParams({ [parameter]: text })}`, pathParameter ? { [pathParameter]: 'hostile-input-case' } : {})),
          ...(pathParameter ? [get(handler, base, { [pathParameter]: text })] : []),
        ];
        for (const response of await Promise.all(tries)) {
          if (![200, 303, 400, 404].includes(response.status)) failures.push(`${route} ${JSON.stringify(text)}: ${response.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('the share image of a case answers every slug and language with an image or a 404', async () => {
    const { default: shareCard } = await import('@/app/[locale]/cases/[slug]/opengraph-image');
    const notFound = (error: unknown) => String((error as { digest?: unknown })?.digest).includes('404');
    const problems: string[] = [];
    for (const text of sampledHostileStrings) {
      const answer = await shareCard({ params: Promise.resolve({ slug: text, locale: 'en' }) }).catch((error: unknown) => (notFound(error) ? null : error));
      if (answer !== null) problems.push(`slug ${JSON.stringify(text)}: ${String(answer)}`.slice(0, 200));
    }
    // An unknown language falls back to the site's: each such card is the same image.
    for (const text of ['', 'xx', '../en', '<script>', '\u0000', 'ру']) {
      const image = await shareCard({ params: Promise.resolve({ slug: caseSlug, locale: text }) });
      expect(image.status, JSON.stringify(text)).toBe(200);
      expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(problems).toEqual([]);
  });

  it('the email provider webhook answers every signed body with a 2xx or 4xx, and records nothing from a malformed one', async () => {
    const { POST } = await import('@/app/api/webhooks/resend/route');
    const signed = (body: string, id: string) => {
      const sentAt = new Date();
      return new Request(`${origin}/api/webhooks/resend`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'svix-id': id, 'svix-timestamp': String(Math.floor(sentAt.getTime() / 1000)), 'svix-signature': new Webhook(webhookSecret).sign(id, sentAt, body) },
      });
    };
    const event = (type: unknown, data: unknown) => JSON.stringify({ type, created_at: new Date().toISOString(), data });
    const failures: string[] = [];
    for (const [index, text] of hostileStrings.entries()) {
      const bodies = [text, event(text, {}), event('email.bounced', { to: [text], email_id: text }), event('email.complained', { to: text }), event('email.bounced', { to: [42, null, { text }] })];
      for (const [variant, body] of bodies.entries()) {
        const logged = unexpectedFailures.length;
        const response = await POST(signed(body, `msg_hostile_${index}_${variant}`));
        if (response.status >= 500 || unexpectedFailures.length > logged) failures.push(`${JSON.stringify(body).slice(0, 120)}: ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
    // Only valid addresses may be suppressed: a hostile string is never taken for one.
    for (const { email } of await database.db.suppression.findMany({ select: { email: true } })) expect(email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  });

  it('the audit log filters take any value', async () => {
    const { listAuditEntries, parseAuditParams } = await import('@/lib/audit/queries');
    for (const text of hostileStrings) {
      const { filters, cursor } = parseAuditParams(
        { action: text, actor: text, entityType: [text, 'Case'], entityId: text, from: text, to: text, cursor: `${text}~${text}` },
        { actorIds: [organizer.id], entityTypes: ['Case'] },
      );
      await expect(listAuditEntries(filters, cursor), JSON.stringify(text)).resolves.toHaveProperty('entries');
    }
  });

  it('the sign-in form refuses every string that is no plain address before any lookup, and never fails on one', async () => {
    const { signInIdentifier, signInRequestRefusal } = await import('@/lib/auth/sign-in-request');
    const accepted: string[] = [];
    for (const [index, text] of [...hostileStrings, ...hostileEmails].entries()) {
      const request = new Request(`${origin}/api/auth/signin/email`, { method: 'POST', body: new URLSearchParams({ email: text, csrfToken: text }), headers: { 'x-forwarded-for': `198.18.${index >> 8}.${index & 255}` } });
      await expect(signInRequestRefusal(request), JSON.stringify(text)).resolves.toBeNull();
      try {
        accepted.push(signInIdentifier(text));
      } catch (error) {
        expect((error as Error).message, JSON.stringify(text)).toBe('sign-in refused: not an email address');
      }
    }
    // The few accepted are plain ASCII addresses, as typed apart from case and surrounding blanks.
    for (const address of accepted) expect(address).toMatch(/^[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}$/);
    expect(accepted.filter((address) => /example\.org$/.test(address) && address.startsWith('admin'))).toEqual([]);
  });

  it('the case directory and its search take any query', async () => {
    const { parseDirectoryParams } = await import('@/lib/search/directory-params');
    const { listCases, countCasesByStatus, suggestCases } = await import('@/lib/cases/queries');
    for (const text of hostileStrings) {
      const filters = parseDirectoryParams({ q: text, status: [text, 'DETAINED'], campaign: text, deprived: text }, ['january-2022']);
      await expect(Promise.all([listCases('en', filters), countCasesByStatus(filters), suggestCases(filters.query ?? text)]), JSON.stringify(text)).resolves.toBeDefined();
    }
  });

  it('the stored texts leave in valid JSON, Atom and iCalendar', async () => {
    const feed = await get((await import('@/app/cases/[slug]/feed.xml/route')).GET, `/cases/${caseSlug}/feed.xml`, { slug: caseSlug });
    const atom = await feed.text();
    expect(atom).toContain('<entry ');
    expect(atom.match(notXml)).toBeNull();
    const calendar = await (await get((await import('@/app/calendar.ics/route')).GET, '/calendar.ics')).text();
    expect(calendar).toContain('hostile-event');
    expect(calendar.replaceAll('\r\n', '').match(notICalendar)).toBeNull();
    const lists = {
      cases: (await import('@/app/api/v1/cases/route')).GET,
      updates: (await import('@/app/api/v1/updates/route')).GET,
      demands: (await import('@/app/api/v1/demands/route')).GET,
      events: (await import('@/app/api/v1/events/route')).GET,
    };
    for (const [route, handler] of Object.entries(lists)) {
      const response = await get(handler, `/api/v1/${route}?limit=100`);
      expect(response.status, route).toBe(200);
      await expect(response.json(), route).resolves.toHaveProperty('data');
    }
  });
});

/**
 * Every server action of the app, read from the file system: each `export const <name> = workspaceAction(…)`,
 * `publicAction(…)` or `subscriberAction(…)` of a 'use server' file under lib/, with the zod schema it names. A new
 * action is swept below as soon as it exists (and the sweep fails until it is told how to make a valid input).
 */
function discoverActions() {
  const root = path.resolve(__dirname, '../..');
  const files = readdirSync(path.join(root, 'lib'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.startsWith('generated'))
    .map((file) => path.join(root, 'lib', file))
    .filter((file) => /^'use server';/m.test(readFileSync(file, 'utf8')));
  return files.flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    return [...source.matchAll(/^export const (\w+) = (workspaceAction|publicAction|subscriberAction)\(\{[^}]*schema: (\w+)/gm)].map(([, name, wrapper, schemaName]) => {
      const from = new RegExp(`^import \\{[^}]*\\b${schemaName}\\b[^}]*\\} from '([^']+)'`, 'm').exec(source)?.[1];
      return { name: name!, wrapper: wrapper!, module: file, schemaName: schemaName!, schemaModule: from && path.resolve(path.dirname(file), from) };
    });
  });
}

type Values = Record<string, unknown>;
type AnyAction = (...args: unknown[]) => Promise<Result>;
/** How the sweep reaches one action: a valid input to vary field by field, and where accepted text is stored. */
type ActionSetup = {
  /** An input the action accepts; `index` makes each call's unique values (slugs, addresses) distinct. */
  valid: (index: number) => Promise<Values> | Values;
  /** What the call stored, by field path, read back as the form's editor (or the page) reads it. */
  stored?: (result: Result, input: Values) => Promise<Record<string, unknown>>;
  /** Text fields whose accepted value is not stored as typed, with why. */
  notStoredAsTyped?: Record<string, string>;
  /** What a field holds once stored, when it is not the schema's output (aliases become a list). */
  storedAs?: Record<string, (parsed: string) => unknown>;
  /** Text fields a hostile value refuses the whole input in (a quote must be in its document): sent alone. */
  alone?: string[];
};

/** A text field: free text a person types, stored as typed. Anything else is a choice, an id, a date, a format. */
const formatted = /^(id|.*Ids?|slug|.*Url|email|token|timeZone|startsAt|endsAt|scheduledAt|issuedOn|occurredOn|country|date)$/;
/** Values of the wrong type, or over every limit. */
const wrongValues = [null, 42, -1, 1.5, 1e308, true, [], [[]], {}, { $gt: '' }, ['a', 'b'], 'x'.repeat(1_000_001), Array.from({ length: 10_001 }, () => 'x')];
/** A few hostile strings each field gets on its own: empty, blank, a NUL, markup, combining marks, RTL, emoji. */
const eachFieldAlone = ['', ' ', '\u0000', '<script>alert(1)</script>', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗͎̳', '\u202Ereversed', '👩‍👩‍👧‍👦', "' OR 1=1 --"];

const versionOf = async (read: () => Promise<{ version: number } | null>) => (await read())!.version;

describe('every server action, every field, hostile and wrong values', { timeout: 300_000 }, () => {
  const actions = discoverActions();
  const fixtures = {} as { admin: WorkspaceUser; caseId: string; groupId: string; draftId: string; demandId: string; eventId: string; campaignId: string; organisationId: string; sourceId: string; quotedSourceId: string; otherUserId: string; invitationId: string };
  let serial = 0;
  /** A published update to correct or retract (a new one once that is done). */
  let published = '';
  const publishedUpdate = async () => {
    if (published && (await database.db.update.findUnique({ where: { id: published }, select: { state: true } }))?.state === 'PUBLISHED') return published;
    published = (
      await database.db.update.create({
        data: { caseId: fixtures.caseId, title: `Publiée ${serial++}`, body: 'Texte.', occurredOn: new Date('2022-01-12'), occurredOnPrecision: 'DAY', state: 'PUBLISHED', publishedAt: new Date() },
        select: { id: true },
      })
    ).id;
    return published;
  };
  /** A fresh subscriber's link token (tokens are used up, revoked or deleted by the actions they open). */
  const freshToken = async (purpose: 'CONFIRM' | 'MANAGE') => {
    const { issueToken } = await import('@/lib/subscriptions/tokens');
    const subscriber = await database.db.subscriber.create({ data: { email: `hostile-sweep-${serial++}@example.org`, locale: 'en', state: purpose === 'CONFIRM' ? 'PENDING' : 'CONFIRMED' } });
    return (await issueToken(database.db, subscriber.id, purpose)).raw;
  };
  /** A statement imported and waiting for its review, as the import page leaves it (a new one once it is reviewed). */
  let inReview = '';
  const statementInReview = async () => {
    if (inReview && (await database.db.sourceDocument.findUnique({ where: { id: inReview }, select: { state: true } }))?.state === 'IN_REVIEW') return inReview;
    const { importStatement } = await import('@/lib/import/actions');
    const imported = await importStatement({ title: 'Déclaration', organisationId: issuerId, issuedOn: '2022-01-10', issuedOnPrecision: 'DAY', language: 'en', body: `Texte de la déclaration ${serial++}.` });
    inReview = (imported.data as { document: { id: string } }).document.id;
    return inReview;
  };
  const pastedSource = () => [{ documentId: fixtures.quotedSourceId, quoteId: '', text: 'Texte.', field: 'text', note: 'note' }];
  const updateContent = () => ({ title: 'Titre', body: 'Texte.', language: 'en', occurredOn: '2022-01-11', occurredOnPrecision: 'DAY', status: '', releaseKind: '', sources: pastedSource() });
  const caseFields = (index: number) => ({
    kind: 'PERSON', name: 'Sweep Person', slug: `sweep-case-${index}`, aliases: 'Alias', identityProtected: false, language: 'en', summary: '', role: '', organisationId: '',
    campaignId: 'january-2022', groupId: '', placeOfDetention: '', letterAddress: '', charges: '', sentence: '', photoUrl: 'https://example.org/photo.jpg', flags: [],
  });
  const eventFields = (index: number) => ({
    slug: `sweep-event-${index}`, title: 'Piquet', kind: 'PICKET', description: '', language: 'en', startsAt: '2031-03-10T18:30', endsAt: '', timeZone: 'Asia/Almaty', allDay: false,
    datePrecision: 'DAY', city: 'Almaty', country: 'KZ', venue: '', onlineUrl: 'https://example.org/stream', organiserId: '', campaignId: 'january-2022', caseIds: [], demandIds: [], cancelled: false,
  });
  const demandFields = (index: number) => ({
    slug: `sweep-demand-${index}`, text: 'Libérez-les', language: 'en', kind: 'DEMAND', status: 'PENDING', progressNote: '', campaignId: 'january-2022', issuedById: issuerId,
    issuedOn: '2022-02-01', issuedOnPrecision: 'DAY', caseIds: [fixtures.caseId],
  });
  const organisationFields = (index: number) => ({ name: 'Comité de soutien', slug: `sweep-organisation-${index}`, aliases: 'CS', country: 'FR' });
  const editorValues = async (read: Promise<{ values: object } | null>) => ((await read)?.values ?? {}) as Record<string, unknown>;
  /** An editor's values with its aliases (shown one per line) as the sorted list `storedAs` compares them with. */
  const withAliasList = (values: Record<string, unknown>) => ({ ...values, aliases: String(values.aliases).split('\n').filter(Boolean).sort() });
  const caseValues = async (id: string) => withAliasList(await editorValues((await import('@/lib/cases/editor-queries')).getCaseForEditing(id)));
  const organisationValues = async (id: string) => withAliasList(await editorValues((await import('@/lib/organisations/editor-queries')).getOrganisationForEditing(id)));
  const updateValues = async (id: string) => {
    const { values } = (await (await import('@/lib/updates/editor-queries')).getUpdateForEditing(id))!;
    const row = await database.db.update.findUniqueOrThrow({ where: { id }, select: { correctionNote: true } });
    return { title: values.title, body: values.body, 'sources.0.note': values.sources[0]?.note, correctionNote: row.correctionNote, reason: row.correctionNote };
  };
  const idOf = (result: Result) => (result.data as { id: string }).id;
  const savedId = (result: Result) => (result.data as { saved?: { id: string } }).saved?.id ?? '';
  const quote = 'a quote is kept as the passage of its document it was found in, not as pasted';
  const aliases = { aliases: (text: string) => aliasList(text).sort() };
  const setups: Record<string, ActionSetup> = {
    createCase: {
      valid: (index) => ({ ...caseFields(index), firstUpdate: { ...updateContent(), status: 'DETAINED' } }),
      stored: async (result) => {
        const first = await database.db.update.findFirstOrThrow({ where: { caseId: idOf(result) }, select: { id: true } });
        const update = await updateValues(first.id);
        return { ...(await caseValues(idOf(result))), 'firstUpdate.title': update.title, 'firstUpdate.body': update.body, 'firstUpdate.sources.0.note': update['sources.0.note'] };
      },
      storedAs: aliases,
      alone: ['firstUpdate.sources.0.text'],
      notStoredAsTyped: { 'firstUpdate.sources.0.text': quote },
    },
    updateCase: {
      valid: async () => ({ ...caseFields(0), slug: 'sweep-case-edited', id: fixtures.caseId, version: await versionOf(() => database.db.case.findUnique({ where: { id: fixtures.caseId } })) }),
      stored: () => caseValues(fixtures.caseId),
      storedAs: aliases,
    },
    createUpdate: {
      valid: () => ({ ...updateContent(), caseId: fixtures.caseId, intent: 'draft', scheduledAt: '', timeZone: '' }),
      stored: async (result) => updateValues(idOf(result)),
      alone: ['sources.0.text'],
      notStoredAsTyped: { 'sources.0.text': quote },
    },
    saveUpdate: {
      valid: async () => ({ ...updateContent(), id: fixtures.draftId, version: await versionOf(() => database.db.update.findUnique({ where: { id: fixtures.draftId } })), intent: 'draft', scheduledAt: '', timeZone: '' }),
      stored: () => updateValues(fixtures.draftId),
      alone: ['sources.0.text'],
      notStoredAsTyped: { 'sources.0.text': quote },
    },
    correctUpdate: {
      valid: async () => ({ ...updateContent(), id: await publishedUpdate(), version: 1, correctionNote: 'Corrigé' }),
      stored: async (result) => updateValues(savedId(result)),
      alone: ['sources.0.text'],
      notStoredAsTyped: { 'sources.0.text': quote },
    },
    retractUpdate: {
      valid: async () => ({ id: await publishedUpdate(), version: 1, reason: 'Retirée' }),
      stored: async (result) => updateValues(savedId(result)),
    },
    // Each valid call deletes its draft: each gets one of its own.
    discardUpdate: {
      valid: async () => ({
        id: (await database.db.update.create({ data: { caseId: fixtures.caseId, title: 'À jeter', body: '', occurredOn: new Date('2022-01-12'), occurredOnPrecision: 'DAY', state: 'DRAFT' } })).id,
        version: 1,
      }),
    },
    addCaseCount: {
      valid: () => ({ caseId: fixtures.groupId, count: 52, qualifier: 'EXACT', asOf: '2022-01-10', asOfPrecision: 'DAY', sources: [{ ...pastedSource()[0]!, field: 'count' }] }),
      stored: async () => {
        const latest = await database.db.caseCount.findFirstOrThrow({ where: { caseId: fixtures.groupId }, orderBy: { position: 'desc' }, select: { citations: { select: { note: true } } } });
        return { 'sources.0.note': latest.citations[0]?.note ?? '' };
      },
      alone: ['sources.0.text'],
      notStoredAsTyped: { 'sources.0.text': quote },
    },
    createDemand: {
      valid: demandFields,
      stored: async (result) => editorValues((await import('@/lib/demands/editor-queries')).getDemandForEditing(idOf(result))),
    },
    updateDemand: {
      valid: async () => ({ ...demandFields(0), slug: 'sweep-demand-edited', id: fixtures.demandId, version: await versionOf(() => database.db.demand.findUnique({ where: { id: fixtures.demandId } })) }),
      stored: async () => editorValues((await import('@/lib/demands/editor-queries')).getDemandForEditing(fixtures.demandId)),
    },
    createEvent: {
      valid: eventFields,
      stored: async (result) => editorValues((await import('@/lib/events/editor-queries')).getEventForEditing(idOf(result))),
    },
    updateEvent: {
      valid: async () => ({ ...eventFields(0), slug: 'sweep-event-edited', id: fixtures.eventId, version: await versionOf(() => database.db.actionEvent.findUnique({ where: { id: fixtures.eventId } })) }),
      stored: async () => editorValues((await import('@/lib/events/editor-queries')).getEventForEditing(fixtures.eventId)),
    },
    createCampaign: {
      valid: (index) => ({ slug: `sweep-campaign-${index}`, language: 'en', title: 'Campagne', summary: 'Résumé.', position: 50 }),
      stored: async (result) => editorValues((await import('@/lib/campaigns/editor-queries')).getCampaignForEditing(idOf(result))),
    },
    updateCampaign: {
      valid: async () => ({ id: fixtures.campaignId, version: await versionOf(() => database.db.campaign.findUnique({ where: { id: fixtures.campaignId } })), title: 'Campagne', summary: 'Résumé.', position: 51 }),
      stored: async () => editorValues((await import('@/lib/campaigns/editor-queries')).getCampaignForEditing(fixtures.campaignId)),
    },
    createOrganisation: {
      valid: organisationFields,
      stored: async (result) => organisationValues(idOf(result)),
      storedAs: aliases,
    },
    updateOrganisation: {
      valid: async () => ({ ...organisationFields(0), slug: 'sweep-organisation-edited', id: fixtures.organisationId, version: await versionOf(() => database.db.organisation.findUnique({ where: { id: fixtures.organisationId } })) }),
      stored: () => organisationValues(fixtures.organisationId),
      storedAs: aliases,
    },
    updateSource: {
      valid: async () => ({ id: fixtures.sourceId, version: await versionOf(() => database.db.sourceDocument.findUnique({ where: { id: fixtures.sourceId } })), title: 'Document', summary: '', body: 'Texte.', issuerIds: [issuerId], issuedOn: '2022-01-10', issuedOnPrecision: 'DAY' }),
      stored: async () => editorValues((await import('@/lib/sources/editor-queries')).getSourceForEditing(fixtures.sourceId)),
      storedAs: { body: (text) => text.replace(/\r\n?/g, '\n') },
    },
    setSourceVisibility: {
      valid: async () => {
        const { state } = await database.db.sourceDocument.findUniqueOrThrow({ where: { id: fixtures.sourceId }, select: { state: true } });
        return { id: fixtures.sourceId, state: state === 'PUBLIC' ? 'WITHHELD' : 'PUBLIC' };
      },
    },
    importStatement: {
      // A text imported again opens the review it already has: each call imports a text of its own.
      valid: () => ({ title: 'Déclaration', organisationId: issuerId, issuedOn: '2022-01-10', issuedOnPrecision: 'DAY', language: 'en', body: `Texte de la déclaration ${serial++}.` }),
      stored: async (result) => database.db.sourceDocument.findUniqueOrThrow({ where: { id: (result.data as { document: { id: string } }).document.id }, select: { title: true, body: true } }),
    },
    acceptProposals: {
      valid: async () => ({
        documentId: await statementInReview(),
        campaignId: 'january-2022',
        publishDocument: false,
        demands: [{ accepted: true, text: 'Libérez-les', quote: 'Texte' }],
        people: [{ accepted: true, caseId: fixtures.caseId, name: 'Sweep', title: 'Nommé', quote: 'Texte' }],
        candidates: [{ accepted: true, name: 'Nouveau Nom', quote: 'Texte' }],
        dates: [],
      }),
      stored: async (result) => {
        const { demandIds, updateIds, candidateIds = [] } = result.data as { demandIds: string[]; updateIds: string[]; candidateIds?: string[] };
        const [demand, update, candidates] = await Promise.all([
          database.db.demand.findUniqueOrThrow({ where: { id: demandIds[0] }, select: { text: true } }),
          database.db.update.findUniqueOrThrow({ where: { id: updateIds[0] }, select: { title: true } }),
          database.db.$queryRaw<{ name: string }[]>`SELECT name FROM "CandidateName" WHERE id = ANY(${candidateIds})`,
        ]);
        return { 'demands.0.text': demand.text, 'people.0.title': update.title, ...(candidates[0] && { 'candidates.0.name': candidates[0].name }) };
      },
      alone: ['demands.0.quote', 'people.0.quote', 'candidates.0.quote'],
      notStoredAsTyped: { 'demands.0.quote': quote, 'people.0.quote': quote, 'candidates.0.quote': quote, 'people.0.name': 'the name as the statement spells it, shown beside the proposal: the case is the one chosen' },
    },
    markCandidateFollowedUp: { valid: () => ({ candidateId: 'no-such-candidate' }) },
    sendTestAlert: { valid: () => ({ updateId: fixtures.draftId }) },
    inviteAction: {
      valid: (index) => ({ email: `sweep-invitee-${index}@example.org`, role: 'REVIEWER', language: 'en' }),
      stored: async (_result, input) => ({ email: (await database.db.invitation.findFirst({ where: { email: String(input.email).trim().toLowerCase() }, select: { email: true } }))?.email }),
    },
    revokeInvitationAction: { valid: () => ({ invitationId: fixtures.invitationId }) },
    changeRoleAction: { valid: () => ({ userId: fixtures.otherUserId, role: 'REVIEWER' }) },
    disableUserAction: { valid: () => ({ userId: fixtures.otherUserId }) },
    enableUserAction: { valid: () => ({ userId: fixtures.otherUserId }) },
    subscribe: {
      valid: (index) => ({ email: `sweep-follower-${index}@example.org`, locale: 'en', scope: 'everything', cases: [], campaigns: [], events: '', frequency: 'INSTANT' }),
      stored: async (_result, input) => ({ email: (await database.db.subscriber.findUnique({ where: { email: String(input.email).trim().toLowerCase() }, select: { email: true } }))?.email }),
      notStoredAsTyped: { homepage: 'the honeypot: a filled one is answered as a success and stored nowhere', humanCheck: 'the human check answer: checked, never stored' },
    },
    savePreferences: { valid: async () => ({ token: await freshToken('MANAGE'), locale: 'en', scope: 'everything', cases: [], campaigns: [], events: '', frequency: 'WEEKLY' }) },
    confirmSubscription: { valid: async () => ({ token: await freshToken('CONFIRM') }) },
    unsubscribeAll: { valid: async () => ({ token: await freshToken('MANAGE') }) },
    revokeLinks: { valid: async () => ({ token: await freshToken('MANAGE') }) },
    deleteSubscriber: { valid: async () => ({ token: await freshToken('MANAGE') }) },
  };

  beforeAll(async () => {
    const db = database.db;
    const admin = await db.user.create({ data: { email: 'hostile-admin@example.org', role: 'ADMIN' } });
    fixtures.admin = { id: admin.id, email: admin.email, name: null, role: 'ADMIN' };
    fixtures.caseId = (await createDetainedCase(db, 'hostile-sweep-case', 'Sweep Case')).id;
    fixtures.groupId = (await db.case.create({ data: { slug: 'hostile-sweep-group', kind: 'GROUP', name: 'Sweep Group', campaignId: 'january-2022', status: 'DETAINED' } })).id;
    fixtures.draftId = (await db.update.create({ data: { caseId: fixtures.caseId, title: 'Brouillon', body: '', occurredOn: new Date('2022-01-12'), occurredOnPrecision: 'DAY', state: 'DRAFT' } })).id;
    fixtures.campaignId = (await db.campaign.create({ data: { slug: 'hostile-sweep-campaign', title: 'Campagne', summary: 'Résumé.', language: 'en', position: 91 } })).id;
    fixtures.organisationId = (await db.organisation.create({ data: { slug: 'hostile-sweep-organisation', name: 'Comité de soutien' } })).id;
    fixtures.demandId = (
      await db.demand.create({
        data: { slug: 'hostile-sweep-demand', text: 'Libérez-les', language: 'en', kind: 'DEMAND', status: 'PENDING', campaignId: 'january-2022', issuedById: issuerId, issuedOn: new Date('2022-02-01'), issuedOnPrecision: 'DAY', position: 90 },
      })
    ).id;
    fixtures.sourceId = (
      await db.sourceDocument.create({
        data: { slug: 'hostile-sweep-source', title: 'Document', body: 'Texte.', language: 'fr', issuedOn: new Date('2022-01-10'), issuedOnPrecision: 'DAY', issuers: { create: [{ organisationId: issuerId, position: 0 }] } },
      })
    ).id;
    // The document the updates cite, which no form of this file edits (the sources' forms change their texts).
    fixtures.quotedSourceId = (
      await db.sourceDocument.create({
        data: { slug: 'hostile-sweep-quoted', title: 'Cité', body: 'Texte.', language: 'fr', issuedOn: new Date('2022-01-10'), issuedOnPrecision: 'DAY', issuers: { create: [{ organisationId: issuerId, position: 0 }] } },
      })
    ).id;
    session.user = fixtures.admin;
    const { createEvent } = await import('@/lib/events/actions');
    fixtures.eventId = idOf(await createEvent({ ...eventFields(0), slug: 'hostile-sweep-event' }));
    fixtures.otherUserId = (await db.user.create({ data: { email: 'hostile-other@example.org', role: 'ORGANIZER' } })).id;
    fixtures.invitationId = (await db.invitation.create({ data: { email: 'hostile-invited@example.org', role: 'REVIEWER', invitedById: admin.id, expiresAt: new Date(Date.now() + 86_400_000) } })).id;
  });

  type ZodDef = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
  type FieldPath = { path: string; schema: z.ZodType; set: (input: Values, value: unknown) => Values };
  const typeOf = (schema: z.ZodType): string => {
    const def = (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'catch') return typeOf(def.innerType!);
    // A pipe is typed by what it takes in, unless that is a preprocessing step (then by what it gives on).
    if (def.type === 'pipe') return typeOf((def.in as unknown as { _zod: { def: ZodDef } })._zod.def.type === 'transform' ? def.out! : def.in!);
    return def.type;
  };
  const getPath = (value: unknown, dotted: string) => dotted.split('.').filter(Boolean).reduce<unknown>((at, key) => (at as Values | undefined)?.[key], value);
  /** Every field of an input, nested ones (a sub-form, a list's first element) by their dotted path. */
  function fieldPaths(shape: Record<string, z.ZodType>, base: Values, prefix = '', set = (_input: Values, value: unknown): Values => value as Values): FieldPath[] {
    return Object.entries(shape).flatMap(([key, schema]) => {
      const setHere = (input: Values, value: unknown) => set(input, { ...(prefix ? (getPath(input, prefix.replace(/\.0\.$/, '.0')) as Values) : input), [key]: value });
      const here: FieldPath = { path: `${prefix}${key}`, schema, set: setHere };
      const inner = schema as unknown as { shape?: Record<string, z.ZodType>; element?: { shape?: Record<string, z.ZodType> } };
      const value = base[key];
      if (inner.shape && value && typeof value === 'object' && !Array.isArray(value)) return [here, ...fieldPaths(inner.shape, value as Values, `${prefix}${key}.`, setHere)];
      if (inner.element?.shape && Array.isArray(value) && value.length > 0) {
        return [here, ...fieldPaths(inner.element.shape, value[0] as Values, `${prefix}${key}.0.`, (input, element) => setHere(input, [element]))];
      }
      return [here];
    });
  }
  const isText = (field: FieldPath) => typeOf(field.schema) === 'string' && !formatted.test(field.path.split('.').at(-1)!);
  /** The hostile values a field gets on its own, by what it is: an address, a slug, a web address, anything. */
  function ownValues(field: FieldPath): unknown[] {
    const name = field.path.split('.').at(-1)!;
    const strings = [...eachFieldAlone, ...(name === 'slug' ? hostileSlugs : []), ...(/Url$/.test(name) ? hostileUrls : []), ...(name === 'email' ? hostileEmails : [])];
    return typeOf(field.schema) === 'array' ? strings.map((text) => [text]) : strings;
  }

  let callCount = 0;
  async function call(wrapper: string, run: AnyAction, input: unknown): Promise<Result> {
    try {
      if (wrapper === 'workspaceAction') return await run(input);
      // Public forms count sign-ups per network address: each call comes from its own.
      const ip = `10.${(callCount >> 16) & 255}.${(callCount >> 8) & 255}.${callCount++ & 255}`;
      return await fromIp.run(ip, () => run(undefined, input));
    } catch (error) {
      // A subscriber action that ends by taking the browser elsewhere (confirming, deleting) redirects: a success.
      if (String((error as { digest?: unknown })?.digest).startsWith('NEXT_REDIRECT')) return { ok: true };
      throw error;
    }
  }

  it('finds every action of the app, and knows how to reach each', () => {
    expect(actions.length).toBeGreaterThan(25);
    expect(actions.filter((action) => !action.schemaModule).map((action) => action.name)).toEqual([]);
    expect(actions.map((action) => action.name).filter((name) => !setups[name])).toEqual([]);
  });

  // Every field gets a few hostile strings alone, its kind's tricks (slugs, addresses, links), every wrong type and
  // an oversize value; the text fields of each action together get a fixed sample of the whole list
  // (sampledHostileStrings), each accepted one read back. The whole list goes through the main forms above.
  it.each(actions.filter((action) => setups[action.name]).map((action) => [action.name, action] as const))(
    '%s answers hostile text and wrong types in every field, and stores accepted text exactly',
    async (_name, action) => {
      session.user = fixtures.admin;
      const run = (await import(action.module))[action.name] as AnyAction;
      const schema = (await import(action.schemaModule!))[action.schemaName] as z.ZodObject;
      const setup = setups[action.name]!;
      const fields = fieldPaths(schema.shape as Record<string, z.ZodType>, await setup.valid(0));
      const problems: string[] = [];
      let index = 1;
      const send = async (label: string, vary: (input: Values) => Values, texts: FieldPath[] = [], text?: string) => {
        const input = vary(await setup.valid(index++));
        const logged = unexpectedFailures.length;
        const result = await call(action.wrapper, run, input);
        if (unexpectedFailures.length > logged || /unexpected/.test(result.message ?? '')) {
          problems.push(`${label}: failed: ${unexpectedFailures.at(-1)?.join(' ') ?? result.message}`.slice(0, 600));
          return result;
        }
        if (!result.ok) {
          if (!result.message && !result.errors) problems.push(`${label}: refused without a message`);
          return result;
        }
        const readBack = texts.filter((field) => !setup.notStoredAsTyped?.[field.path]);
        if (text === undefined || readBack.length === 0) return result;
        const stored = setup.stored ? await setup.stored(result, input) : {};
        for (const field of readBack) {
          const parsed = field.schema.safeParse(text).data as string;
          const expected = setup.storedAs?.[field.path]?.(parsed) ?? parsed;
          // Free text must come back; an id, a date or a slug is compared where the editor shows it.
          if (!(field.path in stored)) {
            if (isText(field)) problems.push(`${label}: ${field.path} accepted, and not read back`);
          }
          else if (JSON.stringify(stored[field.path]) !== JSON.stringify(expected)) problems.push(`${label}: ${field.path} came back as ${JSON.stringify(stored[field.path])?.slice(0, 100)}`);
        }
        return result;
      };

      // The input as the table gives it is accepted: what follows varies an input the action takes.
      expect((await send('the valid input', (input) => input)).ok, JSON.stringify(problems)).toBe(true);
      for (const input of [undefined, null, 42, 'text', [], {}, JSON.parse('{"__proto__":{"polluted":true}}')]) await send(`input ${JSON.stringify(input)}`, () => input);
      const together = fields.filter((field) => isText(field) && !setup.alone?.includes(field.path));
      if (together.length > 0) {
        for (const text of sampledHostileStrings) {
          await send(`${together.map((field) => field.path).join(', ')} = ${JSON.stringify(text).slice(0, 80)}`, (input) => together.reduce((varied, field) => field.set(varied, text), input), together, text);
        }
      }
      for (const field of fields) {
        for (const value of ownValues(field)) {
          const text = Array.isArray(value) ? undefined : (value as string);
          await send(`${field.path} = ${JSON.stringify(value).slice(0, 80)}`, (input) => field.set(input, value), typeOf(field.schema) === 'string' ? [field] : [], text);
        }
        for (const value of wrongValues) await send(`${field.path} = ${JSON.stringify(value).slice(0, 40)}`, (input) => field.set(input, value));
        if (typeOf(field.schema) === 'string' && action.wrapper !== 'subscriberAction') {
          // Over every limit: refused beside the field (by its top-level name, as the form shows it).
          const result = await send(`${field.path} oversize`, (input) => field.set(input, 'x'.repeat(1_000_001)));
          if (!result.errors?.[field.path.split('.')[0]!]) problems.push(`${field.path}: an oversize value was not refused beside its field (${JSON.stringify(result).slice(0, 200)})`);
        }
      }
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      expect(problems).toEqual([]);
    },
  );
});
