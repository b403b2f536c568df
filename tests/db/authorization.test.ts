import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applySeed } from '../../seeds/apply';
import {
  actionAccess,
  httpMethods,
  identities,
  identityRole,
  linkTokenPurpose,
  pageAccess,
  routeAccess,
  type ActionOutcome,
  type Identity,
  type RouteOutcome,
} from '../support/access-table';
import { discoveredPages, discoveredRouteHandlers, misplacedUseServer, projectRoot, serverActionFiles } from '../support/routes';
import { createTestDatabase } from '../support/test-database';

/**
 * The request being answered. The app reads it through next/headers: its own code through the mocked module,
 * next-auth (sessions, its route handler) through Node's require, out of reach of mocks, so that module's
 * functions are replaced for this test too. Sessions are real: a row of the Session table and its cookie.
 */
const currentRequest = new AsyncLocalStorage<Request>();
const requestHeaders = async () => new Headers(currentRequest.getStore()?.headers ?? { 'x-forwarded-for': '192.0.2.1' });
const requestCookies = async () => {
  const pairs = (currentRequest.getStore()?.headers.get('cookie') ?? '').split(/;\s*/).filter(Boolean);
  const all = pairs.map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1) }));
  return { getAll: () => all, get: (name: string) => all.find((cookie) => cookie.name === name), has: (name: string) => all.some((cookie) => cookie.name === name) };
};
vi.mock('next/headers', () => ({ headers: requestHeaders, cookies: requestCookies }));
Object.assign(createRequire(import.meta.url)('next/headers') as object, { headers: requestHeaders, cookies: requestCookies });
vi.mock('next-intl/server', () => import('../support/english-translations'));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const site = 'http://tracker.example.org';
const sessionCookie = 'next-auth.session-token';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const sessionTokens = {} as Record<Identity, string>;
let samples: { caseSlug: string; eventSlug: string };

beforeAll(async () => {
  database = await createTestDatabase();
  await applySeed(database.db);
  Object.assign(process.env, { DATABASE_URL: database.url, NEXTAUTH_URL: site, NEXTAUTH_SECRET: 'authorization-tests-secret-0123456789abcdef', HUMAN_CHECK: 'off' });
  // Sessions are stored as the app stores them when someone signs in (next-auth's adapter), fresh: reading one writes nothing.
  const { authOptions } = await import('../../lib/auth/options');
  const { adapter } = authOptions;
  for (const identity of identities) {
    const role = identityRole[identity];
    if (!role) continue;
    const user = await database.db.user.create({ data: { email: `${identity}@authorization.test`, role } });
    sessionTokens[identity] = randomBytes(32).toString('hex');
    await adapter!.createSession!({ sessionToken: sessionTokens[identity], userId: user.id, expires: new Date(Date.now() + authOptions.session!.maxAge! * 1000) });
  }
  const [someCase, someEvent] = await Promise.all([
    database.db.case.findFirstOrThrow({ where: { identityProtected: false }, select: { slug: true } }),
    database.db.actionEvent.findFirstOrThrow({ select: { slug: true } }),
  ]);
  samples = { caseSlug: someCase.slug, eventSlug: someEvent.slug };
});
afterAll(async () => {
  await (await import('../../lib/db')).db.$disconnect();
  await database?.drop();
});

/** A confirmed subscriber's fresh link token of that purpose: what the `subscriber` caller holds. */
async function linkToken(purpose: 'CONFIRM' | 'MANAGE') {
  const { issueToken } = await import('../../lib/subscriptions/tokens');
  const subscriber = await database.db.subscriber.create({
    data: { email: `${randomBytes(6).toString('hex')}@subscribers.test`, locale: 'en', state: 'CONFIRMED', confirmedAt: new Date(), followsEverything: true },
    select: { id: true },
  });
  return (await issueToken(database.db, subscriber.id, purpose)).raw;
}

/** What a caller sends besides its input: a session cookie for a workspace role, nothing otherwise. */
const callerHeaders = (identity: Identity): Record<string, string> =>
  sessionTokens[identity] ? { cookie: `${sessionCookie}=${sessionTokens[identity]}`, 'x-forwarded-for': '192.0.2.1' } : { 'x-forwarded-for': '192.0.2.1' };

/** Every row of every table, as one hash: equal before and after a call when the call wrote nothing. */
async function databaseContents(): Promise<string> {
  const tables = await database.db.$queryRaw<{ name: string }[]>`
    SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
    WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'graphile_worker') AND table_name <> '_prisma_migrations'`;
  const perTable = tables.map(({ name }) => `SELECT '${name}' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS part FROM ${name} t`);
  const [row] = await database.db.$queryRawUnsafe<{ hash: string }[]>(`SELECT md5(string_agg(part, ',' ORDER BY part)) AS hash FROM (${perTable.join(' UNION ALL ')}) parts`);
  return row!.hash;
}

describe('the access table', () => {
  it('has an entry for every page, and no entry for a page that does not exist', () => {
    expect(discoveredPages()).toEqual(Object.keys(pageAccess).sort());
  });

  it('has an entry for every method of every route handler and metadata route, and none for one that does not exist', async () => {
    const discovered: string[] = [];
    for (const route of discoveredRouteHandlers()) {
      if (route.metadata) discovered.push(`GET ${route.pattern}`);
      else {
        const module = (await import(path.join(projectRoot, route.file))) as Record<string, unknown>;
        for (const method of httpMethods) if (method in module) discovered.push(`${method} ${route.pattern}`);
      }
    }
    const declared = Object.entries(routeAccess).flatMap(([pattern, methods]) => Object.keys(methods).map((method) => `${method} ${pattern}`));
    expect(discovered.sort()).toEqual(declared.sort());
  });

  it('has an entry for every exported server action, and no entry for one that does not exist', async () => {
    const exported: string[] = [];
    for (const file of serverActionFiles()) {
      const module = (await import(path.join(projectRoot, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        expect(typeof value, `${file}#${name} is exported from a 'use server' file`).toBe('function');
        exported.push(`${file}#${name}`);
      }
    }
    expect(exported.sort()).toEqual(Object.keys(actionAccess).sort());
  });

  it("finds no server action declared inline or with a misplaced 'use server' (actions live in lib/<domain>/actions.ts)", () => {
    expect(misplacedUseServer()).toEqual([]);
  });
});

type ActionResult = { ok?: boolean; message?: string; errors?: Record<string, string[]> };
type FormStyleAction = (previous: unknown, input: unknown) => Promise<ActionResult>;
type WorkspaceStyleAction = (input: unknown) => Promise<ActionResult>;

/** What a refused action says, by outcome (English messages of workspace.errors and subscriptions.errors). */
const refusalMessages: Record<Exclude<ActionOutcome, 'allowed'>, RegExp> = {
  'sign-in': /session has ended/,
  forbidden: /role does not allow/,
  'link-invalid': /no longer works/,
};

/** The outcome of an action's answer: a refusal it gave, else allowed (validation errors, work done, or a redirect after it). */
function actionOutcome(result: ActionResult | { redirected: true }): ActionOutcome {
  if ('redirected' in result) return 'allowed';
  const refusal = Object.entries(refusalMessages).find(([, message]) => result.message && message.test(result.message));
  return (refusal?.[0] as ActionOutcome | undefined) ?? 'allowed';
}

describe('every server action, called by each kind of caller', () => {
  for (const [entry, outcomes] of Object.entries(actionAccess)) {
    for (const identity of identities) {
      const expected = outcomes[identity];
      it(`${entry} as ${identity}: ${expected}`, async () => {
        const [file, name] = entry.split('#') as [string, string];
        const action = ((await import(path.join(projectRoot, file))) as Record<string, FormStyleAction & WorkspaceStyleAction>)[name]!;
        // The subscriber sends their token, as the forms of link pages do; everyone else sends an empty form.
        const input = identity === 'subscriber' ? { token: await linkToken(linkTokenPurpose(entry)) } : {};
        const before = await databaseContents();
        const request = new Request(site, { method: 'POST', headers: callerHeaders(identity) });
        // Forms of link pages take (previous state, input) from useActionState; workspace actions take (input).
        const result = await currentRequest
          .run(request, () => (action.length >= 2 ? action(undefined, input) : action(input)))
          .catch((error: unknown) => {
            if (String((error as { digest?: string }).digest).startsWith('NEXT_REDIRECT')) return { redirected: true as const };
            throw error;
          });
        expect(actionOutcome(result), JSON.stringify(result)).toBe(expected);
        if (expected !== 'allowed') expect(await databaseContents(), 'a refused action wrote nothing').toBe(before);
      });
    }
  }
});

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type MetadataImage = (props: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

/** The parameters of a route address for a caller: seeded records for slugs, and the caller's link token (or an unknown one). */
async function routeParams(pattern: string, method: string, identity: Identity): Promise<Record<string, string | string[]>> {
  const params: Record<string, string | string[]> = {};
  for (const [, name] of pattern.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)) {
    if (name === 'locale') params.locale = 'en';
    else if (name === 'slug') params.slug = pattern.includes('/events/') ? samples.eventSlug : samples.caseSlug;
    else if (name === 'token') params.token = identity === 'subscriber' ? await linkToken(linkTokenPurpose(pattern)) : randomBytes(32).toString('base64url');
    // next-auth's list of providers, and signing out (its POST needs a CSRF token, which nobody here sends).
    else if (name === 'nextauth') params.nextauth = method === 'GET' ? ['providers'] : ['signout'];
    else throw new Error(`no sample value for [${name}] of ${pattern}: add one here`);
  }
  return params;
}

/** A body of the shape the address expects, without any secret: the one-click unsubscribe form, or a webhook event unsigned. */
const routeBody = (pattern: string) =>
  pattern.startsWith('/api/webhooks/') ? JSON.stringify({ type: 'email.bounced', data: { email_id: 'no-such-email' } }) : new URLSearchParams({ 'List-Unsubscribe': 'One-Click' });

/** Methods that only read (RFC 9110 "safe"): an allowed call of any other one must have written. */
const safeMethods = ['GET', 'HEAD', 'OPTIONS'];

describe('every route handler, called by each kind of caller', () => {
  const routes = discoveredRouteHandlers();
  for (const [pattern, methods] of Object.entries(routeAccess)) {
    for (const [method, outcomes] of Object.entries(methods)) {
      for (const identity of identities) {
        const expected: RouteOutcome = outcomes[identity];
        it(`${method} ${pattern} as ${identity}: ${expected}`, async () => {
          const route = routes.find((candidate) => candidate.pattern === pattern)!;
          const module = (await import(path.join(projectRoot, route.file))) as Record<string, unknown>;
          const params = await routeParams(pattern, method, identity);
          const address = new URL(pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => [params[name]].flat().join('/')), site);
          const request = new Request(address, { method, headers: callerHeaders(identity), body: safeMethods.includes(method) ? undefined : routeBody(pattern) });
          const context = { params: Promise.resolve(params) };
          const before = await databaseContents();
          const response = await currentRequest.run(request, () =>
            route.metadata ? (module.default as MetadataImage)(context) : (module[method] as RouteHandler)(Object.assign(request, { nextUrl: address }), context),
          );
          if (expected === 'refused') expect(response.status, 'refused').toBeGreaterThanOrEqual(400);
          else expect(response.status, `${expected}: ${await response.clone().text()}`).toBeLessThan(400);
          if (expected !== 'allowed') expect(await databaseContents(), `${expected}: nothing written`).toBe(before);
          else if (!safeMethods.includes(method)) expect(await databaseContents(), 'allowed: the write was done').not.toBe(before);
        });
      }
    }
  }
});
