import SwaggerParser from '@apidevtools/swagger-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createPrismaClient } from '../../lib/prisma-client';
import { createOpenDataFixture, leakedSecrets, type OpenDataFixture } from './support/open-data-fixture';

// One fixture for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

let fixture: OpenDataFixture;
test.beforeAll(async () => {
  fixture = await createOpenDataFixture();
});
test.afterAll(async () => {
  await fixture?.remove();
});

type Page = { data: { id: string; slug?: string; updatedAt: string }[]; next: string | null };

/** Every item of a list, following `next` to the last page. */
async function allPages(request: APIRequestContext, first: string) {
  const pages: Page[] = [];
  for (let url: string | null = first; url; url = pages.at(-1)!.next) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    pages.push((await response.json()) as Page);
  }
  return pages;
}

test('the OpenAPI document is valid, and every endpoint answers what it describes', async ({ request }) => {
  const response = await request.get('/api/v1/openapi.json');
  expect(response.status()).toBe(200);
  const document = await SwaggerParser.validate(await response.json());
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const schemaOf = (path: string, status: string, mediaType = 'application/json') => {
    const operation = (document.paths as Record<string, { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }>)[path]!.get;
    return operation.responses[status]!.content[mediaType]!.schema;
  };

  const examples: [address: string, path: string, status: number][] = [
    ['/api/v1/cases', '/api/v1/cases', 200],
    ['/api/v1/cases?limit=3&status=DETAINED&campaign=zhanaozen-2011', '/api/v1/cases', 200],
    [`/api/v1/cases?updatedSince=${encodeURIComponent(fixture.caseUpdatedAt.toISOString())}`, '/api/v1/cases', 200],
    ['/api/v1/cases/zhanaozen-defendants', '/api/v1/cases/{slug}', 200],
    ['/api/v1/cases/natalia-sokolova', '/api/v1/cases/{slug}', 200],
    [`/api/v1/cases/${fixture.slug}`, '/api/v1/cases/{slug}', 200],
    ['/api/v1/updates?limit=100', '/api/v1/updates', 200],
    [`/api/v1/updates?case=${fixture.slug}`, '/api/v1/updates', 200],
    ['/api/v1/demands?limit=100', '/api/v1/demands', 200],
    ['/api/v1/events?limit=100', '/api/v1/events', 200],
    ['/api/v1/cases?limit=0', '/api/v1/cases', 400],
    ['/api/v1/updates?case=nobody', '/api/v1/updates', 400],
    ['/api/v1/demands?status=WON', '/api/v1/demands', 400],
    ['/api/v1/events?cursor=abc', '/api/v1/events', 400],
    ['/api/v1/cases/nobody', '/api/v1/cases/{slug}', 404],
  ];
  for (const [address, path, status] of examples) {
    const answer = await request.get(address);
    expect(answer.status(), address).toBe(status);
    expect(answer.headers()['content-type']).toBe('application/json; charset=utf-8');
    const validate = ajv.compile(schemaOf(path, String(status)));
    const body: unknown = await answer.json();
    expect(validate(body) ? [] : validate.errors, address).toEqual([]);
    if (status === 200 && 'data' in (body as object)) expect((body as Page).data.length, address).toBeGreaterThan(0);
  }

  const csv = await request.get('/api/v1/cases.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(schemaOf('/api/v1/cases.csv', '200', 'text/csv')).toMatchObject({ type: 'string' });
});

test('paging through all cases three at a time returns each case exactly once', async ({ request, baseURL }) => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  const before = await db.case.findMany({ select: { slug: true } });
  const pages = await allPages(request, '/api/v1/cases?limit=3');
  // Other tests add and remove cases of their own meanwhile: the cases there all along must all be listed.
  const after = new Set((await db.case.findMany({ select: { slug: true } })).map((row) => row.slug));
  await db.$disconnect();
  const seeded = before.filter((row) => after.has(row.slug));

  expect(pages.length).toBeGreaterThan(3);
  for (const page of pages) expect(page.data.length).toBeLessThanOrEqual(3);
  for (const page of pages.slice(0, -1)) expect(page.next).toMatch(new RegExp(`^${baseURL}/api/v1/cases\\?limit=3&cursor=[\\w-]+$`));
  const slugs = pages.flatMap((page) => page.data.map((item) => item.slug!));
  expect(new Set(slugs).size).toBe(slugs.length);
  expect(slugs).toEqual(expect.arrayContaining(seeded.map((row) => row.slug)));
});

test('an unchanged answer is not sent again: ETag and Last-Modified give 304', async ({ request }) => {
  for (const address of ['/api/v1/cases', '/api/v1/cases/vadim-kuramshin', '/api/v1/updates?limit=5', '/api/v1/cases.csv']) {
    // Other tests add cases meanwhile; an answer that really changed between two requests is tried again.
    await expect(async () => {
      const first = await request.get(address);
      const { etag, 'last-modified': lastModified, 'cache-control': cacheControl } = first.headers();
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(cacheControl).toContain('public');
      expect(new Date(lastModified!).getTime()).not.toBeNaN();

      const byTag = await request.get(address, { headers: { 'If-None-Match': etag! } });
      expect(byTag.status(), address).toBe(304);
      expect(await byTag.body()).toHaveLength(0);
      expect((await request.get(address, { headers: { 'If-Modified-Since': lastModified! } })).status(), address).toBe(304);
    }).toPass({ timeout: 15_000 });
    expect((await request.get(address, { headers: { 'If-None-Match': '"something-else"' } })).status(), address).toBe(200);
  }
});

test('updatedSince leaves out what has not changed since', async ({ request }) => {
  const since = fixture.caseUpdatedAt.toISOString();
  const pages = await allPages(request, `/api/v1/cases?updatedSince=${encodeURIComponent(since)}`);
  const items = pages.flatMap((page) => page.data);
  expect(items.map((item) => item.slug)).toContain(fixture.slug);
  expect(items.map((item) => item.slug)).not.toContain('vadim-kuramshin');
  for (const item of items) expect(new Date(item.updatedAt).getTime()).toBeGreaterThanOrEqual(fixture.caseUpdatedAt.getTime());

  const updates = await allPages(request, `/api/v1/updates?limit=100&updatedSince=${encodeURIComponent(since)}`);
  const ids = updates.flatMap((page) => page.data.map((item) => item.id));
  expect(ids).toContain(fixture.updates.published.id);
  expect(ids).not.toContain('vadim-kuramshin-2012-03-19-toujours-incarcere');
});

test('refused parameters answer 400 naming the parameter', async ({ request }) => {
  for (const [query, parameter] of [
    ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['limit=0', 'limit'],
    ['limit=1000', 'limit'],
    ['limit=abc', 'limit'],
    ['updatedSince=yesterday', 'updatedSince'],
    ['status=FREE', 'status'],
    ['campaign=no-such-campaign', 'campaign'],
    ['order=name', 'order'],
  ]) {
    const response = await request.get(`/api/v1/cases?${query}`);
    expect(response.status(), query).toBe(400);
    const { error } = (await response.json()) as { error: { parameter: string; message: string } };
    expect(error.parameter, query).toBe(parameter);
    expect(error.message, query).toContain(parameter);
  }
  for (const address of ['/api/v1/updates?limit=-1', '/api/v1/demands?limit=101', '/api/v1/events?updatedSince=2024-13-01T00:00:00Z', '/api/v1/cases.csv?limit=3']) {
    expect((await request.get(address)).status(), address).toBe(400);
  }
});

test('unknown case slugs answer 404 in JSON', async ({ request }) => {
  for (const slug of ['no-such-person', '%E2%80%AE', 'a%00b']) {
    const response = await request.get(`/api/v1/cases/${slug}`);
    expect(response.status(), slug).toBe(404);
    expect(await response.json()).toEqual({ error: { message: 'No case has this slug.' } });
  }
});

test('any web page may read the API: CORS on GET and a GET-only preflight', async ({ request, baseURL }) => {
  const get = await request.get('/api/v1/demands', { headers: { Origin: 'https://elsewhere.example' } });
  expect(get.headers()['access-control-allow-origin']).toBe('*');
  expect(get.headers()['access-control-expose-headers']).toContain('ETag');

  const preflight = await request.fetch('/api/v1/cases/vadim-kuramshin', {
    method: 'OPTIONS',
    headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-origin']).toBe('*');
  expect(preflight.headers()['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
  expect(preflight.headers()['access-control-allow-headers']).toContain('If-None-Match');
  expect((await request.post('/api/v1/cases', { headers: { Origin: new URL(baseURL!).origin } })).status()).toBe(405);
  // Without an Origin, a write is refused before it reaches the API.
  expect((await request.post('/api/v1/cases')).status()).toBe(403);
});

test('only published updates are served: drafts, scheduled and corrected text never', async ({ request }) => {
  const pages = await allPages(request, '/api/v1/updates?limit=100');
  const text = JSON.stringify(pages);
  for (const hidden of [...fixture.hiddenTitles, ...fixture.hiddenBodies]) expect(text).not.toContain(hidden);

  type Update = { id: string; state: string; body: unknown; corrects: string | null; title: { text: string } };
  const ours = (await allPages(request, `/api/v1/updates?case=${fixture.slug}`)).flatMap((page) => page.data as unknown as Update[]);
  expect(ours.map((update) => update.id).sort()).toEqual([fixture.updates.published.id, fixture.updates.correction.id, fixture.updates.retracted.id].sort());
  const byId = new Map(ours.map((update) => [update.id, update]));
  expect(byId.get(fixture.updates.correction.id)!.corrects).toBe(fixture.updates.corrected.id);
  expect(byId.get(fixture.updates.retracted.id)).toMatchObject({ state: 'RETRACTED', body: null });
  expect(JSON.stringify(await (await request.get('/api/v1/updates?case=vadim-kuramshin')).json())).not.toContain(fixture.marker);
});

test('a protected case shows initials, and its name appears in no answer', async ({ request }) => {
  const detail = await request.get(`/api/v1/cases/${fixture.slug}`);
  expect(await detail.json()).toMatchObject({
    name: fixture.initials,
    identityProtected: true,
    aliases: [],
    photoUrl: null,
    summary: { text: `${fixture.initials} est détenue depuis mars.`, language: 'fr' },
    statusSince: { date: '2024-03', precision: 'MONTH' },
  });

  const [published] = ((await (await request.get(`/api/v1/updates?case=${fixture.slug}`)).json()) as { data: { id: string; body: { text: string } }[] }).data.filter(
    (update) => update.id === fixture.updates.published.id,
  );
  expect(published!.body.text).toMatch(/^La famille de Z\. T\. n’a pas de nouvelles\. La sœur de T\. témoigne\. Ж\. Т\. est détenue\.$/);

  const csv = await (await request.get('/api/v1/cases.csv')).text();
  const row = csv.split('\n').find((line) => line.startsWith(`${fixture.caseId},`));
  expect(row).toContain(`,${fixture.initials},true,,DETAINED,`);

  const answers = [
    await detail.text(),
    csv,
    JSON.stringify(await allPages(request, '/api/v1/cases?limit=100')),
    JSON.stringify(await allPages(request, '/api/v1/updates?limit=100')),
    JSON.stringify(await allPages(request, '/api/v1/demands?limit=100')),
    JSON.stringify(await allPages(request, '/api/v1/events?limit=100')),
  ];
  for (const answer of answers) expect(leakedSecrets(fixture, answer)).toEqual([]);
});
