import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageStore } from '@/lib/cache/page-cache-handler.mjs';
import { createTestDatabase } from '../support/test-database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const stores: ReturnType<typeof createPageStore>[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ migrate: false });
});
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await database?.drop();
});

/** What Next stores for a rendered page: its HTML, its RSC payload and the tags of its route in a header. */
const renderedPage = (html: string, tags = '_N_T_/layout,_N_T_/en/cases/some-case') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(html),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
});

const webProcess = (options: Partial<Parameters<typeof createPageStore>[0]> = {}) => {
  const store = createPageStore({ maxBytes: 1024 * 1024, log: () => {}, ...options });
  stores.push(store);
  return store;
};

const until = async (condition: () => boolean, timeoutMs = 5_000) => {
  for (const started = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
  }
};

describe('the page cache', () => {
  it('serves a rendered page until one of its tags is revalidated', async () => {
    const store = webProcess();
    store.set('/en/cases/some-case', renderedPage('<p>before</p>'));
    expect(store.get('/en/cases/some-case')).toMatchObject({ value: { html: '<p>before</p>' } });

    await store.revalidate(['_N_T_/en/demands']);
    expect(store.get('/en/cases/some-case')).not.toBeNull();

    await store.revalidate(['_N_T_/layout']);
    expect(store.get('/en/cases/some-case')).toBeNull();
    store.set('/en/cases/some-case', renderedPage('<p>after</p>'));
    expect(store.get('/en/cases/some-case')).toMatchObject({ value: { html: '<p>after</p>' } });
  });

  it('a page whose rendering began before a revalidation is out of date, however late it is stored', async () => {
    const store = webProcess();
    expect(store.get('/en/events')).toBeNull();
    const revalidation = store.revalidate(['_N_T_/layout']);
    store.set('/en/events', renderedPage('<p>rendered from the record before the change</p>', '_N_T_/layout,_N_T_/en/events'));
    await revalidation;
    expect(store.get('/en/events')).toBeNull();

    store.set('/en/events', renderedPage('<p>rendered after it</p>', '_N_T_/layout,_N_T_/en/events'));
    expect(store.get('/en/events')).toMatchObject({ value: { html: '<p>rendered after it</p>' } });
  });

  it('a revalidation ends once the renders that began before it are stored, so a visit after it gets the change', async () => {
    const store = webProcess();
    expect(store.get('/en/demands')).toBeNull();
    let revalidated = false;
    const revalidation = store.revalidate(['_N_T_/layout']).then(() => (revalidated = true));
    expect(store.get('/en/sources/a-statement')).toBeNull(); // began after the revalidation: not waited for
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(revalidated).toBe(false);

    store.set('/en/demands', renderedPage('<p>demands before the change</p>', '_N_T_/layout,_N_T_/en/demands'));
    await revalidation;
    expect(store.get('/en/demands')).toBeNull();
  });

  it('a render that never ends holds a revalidation back no longer than its bound', async () => {
    const store = webProcess({ renderWaitMs: 100 });
    expect(store.get('/en/events/an-action')).toBeNull();
    const started = Date.now();
    await store.revalidate(['_N_T_/layout']);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a page rendered again when its lifetime ran out counts from the moment its new rendering began', async () => {
    const store = webProcess();
    store.set('/en', renderedPage('<p>home</p>', '_N_T_/layout,_N_T_/en'), { cacheControl: { revalidate: 0.001 } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.get('/en')).not.toBeNull(); // served while Next renders it again in the background
    const revalidation = store.revalidate(['_N_T_/en']);
    store.set('/en', renderedPage('<p>home, rendered during the change</p>', '_N_T_/layout,_N_T_/en'), { cacheControl: { revalidate: 60 } });
    await revalidation;
    expect(store.get('/en')).toBeNull();
  });

  it('keeps within its memory bound, dropping the least recently visited page first', () => {
    const store = webProcess({ maxBytes: 5_000 });
    const page = (n: number) => renderedPage(`<p>${String(n).padEnd(1_000, '.')}</p>`);
    store.set('/en/cases/a', page(1));
    store.set('/en/cases/b', page(2));
    store.get('/en/cases/a');
    store.set('/en/cases/c', page(3));
    expect(store.get('/en/cases/a')).not.toBeNull();
    expect(store.get('/en/cases/b')).toBeNull();
    expect(store.get('/en/cases/c')).not.toBeNull();
  });

  it('with CACHE_INVALIDATION=postgres, a revalidation in one web process reaches the others', async () => {
    const [first, second] = [webProcess({ shareWith: database.url }), webProcess({ shareWith: database.url })];
    await second.listen();
    second.set('/fr/cases', renderedPage('<p>directory</p>', '_N_T_/layout,_N_T_/fr/cases'));
    expect(second.get('/fr/cases')).not.toBeNull();

    await first.revalidate(['_N_T_/layout']);
    await until(() => second.get('/fr/cases') === null);
  });

  it('a process that lost the invalidation channel drops its pages, as it may have missed a revalidation', async () => {
    const store = webProcess({ shareWith: database.url });
    await store.listen();
    store.set('/ru/events', renderedPage('<p>events</p>', '_N_T_/layout,_N_T_/ru/events'));
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'page-cache-invalidation' AND datname = current_database()`);
    await admin.end();
    await until(() => store.get('/ru/events') === null);

    // Back on the channel, it hears revalidations again.
    await store.listen();
    store.set('/ru/events', renderedPage('<p>events again</p>', '_N_T_/layout,_N_T_/ru/events'));
    await webProcess({ shareWith: database.url }).revalidate(['_N_T_/ru/events']);
    await until(() => store.get('/ru/events') === null);
  });

  it('a process on its own (the default) does not need the database', async () => {
    const store = webProcess({ shareWith: undefined });
    store.set('/en', renderedPage('<p>home</p>', '_N_T_/layout,_N_T_/en'));
    await store.revalidate(['_N_T_/en']);
    expect(store.get('/en')).toBeNull();
  });
});
