import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applySeed } from '../../seeds/apply';
import { createTestDatabase } from '../support/test-database';

vi.mock('next-intl/server', () => import('../support/english-translations'));

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await applySeed(database.db);
  process.env.DATABASE_URL = database.url;
});
afterAll(async () => database?.drop());

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const get = (handler: Handler, path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  handler(new Request(new URL(path, 'https://tracker.example.org'), { headers }), { params: Promise.resolve(params) });

describe('the feeds and the API', () => {
  it('answer from what they built until the public record changes, then with the change', async () => {
    const slug = 'vadim-kuramshin';
    const { GET: caseApi } = (await import('@/app/api/v1/cases/[slug]/route')) as unknown as { GET: Handler };
    const { GET: caseFeed } = (await import('@/app/cases/[slug]/feed.xml/route')) as unknown as { GET: Handler };
    const { revalidatePublicRecord } = await import('@/lib/cache/revalidate');
    const read = async () => Promise.all([get(caseApi, `/api/v1/cases/${slug}`, { slug }), get(caseFeed, `/cases/${slug}/feed.xml`, { slug })]);

    const [api, feed] = await read();
    const before = { api: await api.text(), feed: await feed.text(), etag: api.headers.get('etag')! };
    expect(before.api).toContain('"name":"Vadim Kuramshin"');
    await database.db.case.update({ where: { slug }, data: { name: 'Vadim Kuramshin (written straight into the database)' } });

    const [cachedApi, cachedFeed] = await read();
    expect(await cachedApi.text()).toBe(before.api);
    expect(await cachedFeed.text()).toBe(before.feed);
    expect((await get(caseApi, `/api/v1/cases/${slug}`, { slug }, { 'If-None-Match': before.etag })).status).toBe(304);

    revalidatePublicRecord();
    const [freshApi, freshFeed] = await read();
    expect(await freshApi.text()).toContain('written straight into the database');
    expect(await freshFeed.text()).toContain('written straight into the database');
    expect((await get(caseApi, `/api/v1/cases/${slug}`, { slug }, { 'If-None-Match': before.etag })).status).toBe(200);
  });
});
