import { expect, test, type APIResponse } from '@playwright/test';

/** Headers that say who answered, or how the bytes travelled, rather than what the answer is. */
const howItTravelled = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length', 'x-cache', 'x-nextjs-cache', 'x-nextjs-prerender']);
const whatItSays = (response: APIResponse) => Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !howItTravelled.has(name)));

// The web server answers a kept page or feed from memory; with any query string it leaves the request to Next, which
// answers from the same kept copy. Both answers must be the same. (Tests running beside this one change the record,
// and a page rendered again in between is compared again.)
for (const address of ['/en/about', '/en', '/en/cases', '/en/cases/vadim-kuramshin', '/fr/cases/no-such-case', '/feed.xml', '/cases/natalia-sokolova/feed.xml']) {
  test(`the web server answers ${address} from memory exactly as Next does`, async ({ request }) => {
    await expect(async () => {
      await request.get(address);
      const fromNext = await request.get(`${address}?utm_source=newsletter`);
      const kept = await request.get(address);
      expect(kept.status()).toBe(fromNext.status());
      expect(await kept.text()).toBe(await fromNext.text());
      expect(whatItSays(kept)).toEqual(whatItSays(fromNext));
      expect(kept.headers()['x-cache']).toBe('HIT');
      expect(fromNext.headers()['x-cache']).toBeUndefined();
    }).toPass({ timeout: 15_000 });
  });
}

test('a kept page is sent compressed to browsers that accept it, and not again while it is unchanged', async ({ request }) => {
  await request.get('/en/cases/vadim-kuramshin');
  const kept = await request.get('/en/cases/vadim-kuramshin', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(kept.headers()['content-encoding']).toBe('gzip');
  expect(await kept.text()).toContain('Vadim Kuramshin');
  await expect(async () => {
    const smaller = await request.get('/en/cases/vadim-kuramshin', { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
    const gzipped = await request.get('/en/cases/vadim-kuramshin', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(smaller.headers()['content-encoding']).toBe('br');
    expect(await smaller.text()).toBe(await gzipped.text());
  }).toPass({ timeout: 15_000 });
  const unchanged = await request.get('/en/cases/vadim-kuramshin', { headers: { 'If-None-Match': kept.headers().etag! } });
  expect(unchanged.status()).toBe(304);
});
