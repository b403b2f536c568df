import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
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

async function fetchFeed(request: APIRequestContext, address: string) {
  const response = await request.get(address);
  expect(response.status(), address).toBe(200);
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  return { xml, feed: parseFeed(xml), response };
}

test('the feed of all cases lists the latest published updates, with absolute links and stable ids', async ({ request, baseURL }) => {
  const { xml, feed } = await fetchFeed(request, '/feed.xml');
  expect(feed.title).toBe('Kazakhstan solidarity tracker');
  expect(feed.self).toBe(`${baseURL}/feed.xml`);
  expect(feed.items.length).toBeGreaterThan(5);
  expect(feed.items.length).toBeLessThanOrEqual(50);
  for (const item of feed.items) {
    expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(item.url).toMatch(new RegExp(`^${baseURL}/en/cases/[\\w-]+$`));
    expect(item.updated).toBeInstanceOf(Date);
  }
  expect(xml).toMatch(/<entry xml:lang="fr">/);

  const seeded = feed.items.find((item) => item.title === 'Vadim Kuramshin — Toujours incarcéré au Sud du Kazakhstan');
  expect(seeded?.url).toBe(`${baseURL}/en/cases/vadim-kuramshin`);
  expect(seeded?.content).toContain('Vadim Kuramshin est toujours incarcéré au Sud du Kazakhstan.');
  expect(seeded?.content).toContain('by March 19, 2012 · Detained');

  const again = await fetchFeed(request, '/feed.xml');
  const idsByTitle = new Map(feed.items.map((item) => [item.title, item.id]));
  const common = again.feed.items.filter((item) => idsByTitle.has(item.title));
  expect(common.length).toBeGreaterThan(5);
  for (const item of common) expect(item.id).toBe(idsByTitle.get(item.title));
});

test('feeds hold only published updates: corrections say so, retractions are marked without their text', async ({ request }) => {
  const { xml, feed } = await fetchFeed(request, '/feed.xml');
  for (const hidden of [...fixture.hiddenTitles, ...fixture.hiddenBodies]) expect(xml).not.toContain(hidden);
  const titles = feed.items.map((item) => item.title);
  expect(titles).toEqual(
    expect.arrayContaining([
      `${fixture.initials} — ${fixture.updates.published.title}`,
      `${fixture.initials} — ${fixture.updates.correction.title} (corrected)`,
      `${fixture.initials} — ${fixture.updates.retracted.title} (retracted)`,
    ]),
  );
  const correction = feed.items.find((item) => item.title?.startsWith(`${fixture.initials} — ${fixture.updates.correction.title}`));
  expect(correction?.content).toContain('Correction: <span lang="fr">Date corrigée</span>');
});

test('the feed of a case holds that case only', async ({ request, baseURL }) => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  const published = await db.update.count({ where: { case: { slug: 'vadim-kuramshin' }, state: { in: ['PUBLISHED', 'RETRACTED'] } } });
  await db.$disconnect();

  const { xml, feed } = await fetchFeed(request, '/cases/vadim-kuramshin/feed.xml');
  expect(feed.title).toBe('Vadim Kuramshin · Kazakhstan solidarity tracker');
  expect(feed.self).toBe(`${baseURL}/cases/vadim-kuramshin/feed.xml`);
  expect(feed.url).toBe(`${baseURL}/en/cases/vadim-kuramshin`);
  expect(feed.items).toHaveLength(published);
  for (const item of feed.items) {
    expect(item.url).toBe(`${baseURL}/en/cases/vadim-kuramshin`);
    expect(item.title).toMatch(/^Vadim Kuramshin — /);
  }
  expect(xml).not.toContain(fixture.marker);

  const all = await fetchFeed(request, '/feed.xml');
  const idsInAll = new Map(all.feed.items.map((item) => [item.title, item.id]));
  for (const item of feed.items.filter((entry) => idsInAll.has(entry.title))) expect(item.id).toBe(idsInAll.get(item.title));
});

test('a protected case is named by its initials in the feeds, never by its name', async ({ request }) => {
  const own = await fetchFeed(request, `/cases/${fixture.slug}/feed.xml`);
  expect(own.feed.title).toBe(`${fixture.initials} · Kazakhstan solidarity tracker`);
  expect(own.feed.items.map((item) => item.title).sort()).toEqual(
    [
      `${fixture.initials} — ${fixture.updates.published.title}`,
      `${fixture.initials} — ${fixture.updates.correction.title} (corrected)`,
      `${fixture.initials} — ${fixture.updates.retracted.title} (retracted)`,
    ].sort(),
  );
  const entry = own.feed.items.find((item) => item.title === `${fixture.initials} — ${fixture.updates.published.title}`);
  expect(entry?.content).toContain('La famille de Z. T. n’a pas de nouvelles.');

  const all = await fetchFeed(request, '/feed.xml');
  expect(leakedSecrets(fixture, own.xml)).toEqual([]);
  expect(leakedSecrets(fixture, all.xml)).toEqual([]);
});

test('an unchanged feed answers 304 to its ETag', async ({ request }) => {
  const { response } = await fetchFeed(request, '/cases/natalia-sokolova/feed.xml');
  const etag = response.headers().etag!;
  expect((await request.get('/cases/natalia-sokolova/feed.xml', { headers: { 'If-None-Match': etag } })).status()).toBe(304);
});

test('the feed of an unknown case answers 404', async ({ request }) => {
  expect((await request.get('/cases/no-such-person/feed.xml')).status()).toBe(404);
});
