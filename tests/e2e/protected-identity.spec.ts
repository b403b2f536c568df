import { expect, test } from '@playwright/test';
import { createOpenDataFixture, leakedSecrets, type OpenDataFixture } from './support/open-data-fixture';

// The API and the feeds have their own checks (api.spec.ts, feeds.spec.ts); these are the pages, read as sent:
// the HTML with its metadata (title, description, share card) and the data Next writes into it for the browser.
let fixture: OpenDataFixture;

test.beforeAll(async () => {
  fixture = await createOpenDataFixture();
});
test.afterAll(async () => fixture?.remove());

test('no page, its metadata, its search results or its not-found page names a protected person', async ({ request }) => {
  const [first, last] = fixture.secrets[0]!.split(' ') as [string, string];
  const addresses = [...['en', 'fr', 'ru'].map((locale) => `/${locale}/cases/${fixture.slug}`), '/en', '/en/cases', `/en/subscribe?case=${fixture.slug}`, '/en/events', '/en/demands'];
  for (const address of addresses) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    expect(leakedSecrets(fixture, await response.text()), address).toEqual([]);
  }
  // Searching by the name finds nothing (the search box shows back what was typed, which the visitor knows).
  for (const query of [first, last, fixture.secrets.at(-1)!]) {
    const results = await (await request.get(`/en/cases?q=${encodeURIComponent(query)}`)).text();
    expect(results, query).not.toContain(`/cases/${fixture.slug}`);
  }
  // An address spelling the name is not found, and the page saying so names no one (it holds the address typed).
  const byName = await request.get(`/en/cases/${first.toLowerCase()}-${last.toLowerCase()}`);
  expect(byName.status()).toBe(404);
  expect(leakedSecrets(fixture, await byName.text())).toEqual([]);
  const casePage = await (await request.get(`/en/cases/${fixture.slug}`)).text();
  expect(casePage).toContain(`<title>${fixture.initials}`);
  expect(casePage).toContain(`/en/cases/${fixture.slug}/opengraph-image`);
});
