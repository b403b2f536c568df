import { AsyncLocalStorage } from 'node:async_hooks';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkspaceUser } from '@/lib/auth/session';
import { createDetainedCase } from '../e2e/support/test-case';
import { createSeededAppDatabase } from '../support/app-database';
import { session } from '../support/signed-in';
import { homoglyphEmails, hostileStrings } from '../support/hostile-strings';

// The actions run through their wrappers as in the app; only the session, the message lookup (keys instead of
// sentences), the cache and the request headers stand in for a request.
vi.mock('@/lib/auth/session', () => import('../support/signed-in'));
vi.mock('next-intl/server', () => ({ getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}` }));
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
/** Errors the wrappers logged: each is an action that failed on input it should have answered. */
const unexpectedFailures: unknown[][] = [];

beforeAll(async () => {
  database = await createSeededAppDatabase();
  Object.assign(process.env, { HUMAN_CHECK: 'off' });
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
      problems.push({ text, problem: `failed: ${String(unexpectedFailures.at(-1)?.[1] ?? result.message)}`.slice(0, 300) });
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

  it('answers every query parameter and path with 200, 400 or 404, never an error', async () => {
    const routes: Record<string, { handler: Handler; parameters: string[]; pathParameter?: string }> = {
      '/api/v1/cases': { handler: (await import('@/app/api/v1/cases/route')).GET, parameters: ['limit', 'cursor', 'updatedSince', 'campaign', 'status', 'other'] },
      '/api/v1/cases/[slug]': { handler: (await import('@/app/api/v1/cases/[slug]/route')).GET, parameters: ['x'], pathParameter: 'slug' },
      '/api/v1/cases.csv': { handler: (await import('@/app/api/v1/cases.csv/route')).GET, parameters: ['x'] },
      '/api/v1/updates': { handler: (await import('@/app/api/v1/updates/route')).GET, parameters: ['case', 'cursor'] },
      '/api/v1/demands': { handler: (await import('@/app/api/v1/demands/route')).GET, parameters: ['campaign', 'status'] },
      '/api/v1/events': { handler: (await import('@/app/api/v1/events/route')).GET, parameters: ['campaign', 'limit'] },
      '/cases/[slug]/feed.xml': { handler: (await import('@/app/cases/[slug]/feed.xml/route')).GET, parameters: [], pathParameter: 'slug' },
      '/calendar.ics': { handler: (await import('@/app/calendar.ics/route')).GET, parameters: ['locale'] },
      '/events/[slug]/ics': { handler: (await import('@/app/events/[slug]/ics/route')).GET, parameters: ['locale'], pathParameter: 'slug' },
      '/[locale]/subscription/[token]/data.json': { handler: (await import('@/app/[locale]/subscription/[token]/data.json/route')).GET, parameters: [], pathParameter: 'token' },
      '/unsubscribe/[token]': { handler: (await import('@/app/unsubscribe/[token]/route')).GET, parameters: [], pathParameter: 'token' },
    };
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
