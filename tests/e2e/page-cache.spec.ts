import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { signInAsNew } from './support/sign-in';
import { createDetainedCase } from './support/test-case';

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const slug = `e2e-cached-${randomBytes(4).toString('hex')}`;

test.afterAll(async () => {
  await db.case.deleteMany({ where: { slug } });
  await db.$disconnect();
});

test('public pages, feeds and the API are served from the cache, and a publication refreshes every one of them at once', async ({ page, request }) => {
  const subject = await createDetainedCase(db, slug, `Cachedperson ${slug.slice(-8)}`);
  const addresses = [`/en/cases/${slug}`, `/fr/cases/${slug}`, '/ru', '/en/cases'];
  for (const address of addresses) {
    // The web server comes to answer it from memory (once Next has rendered it again if it was past its minute,
    // or if a test running beside this one changed the record).
    await expect.poll(async () => (await request.get(address)).headers()['x-cache'], { message: address }).toBe('HIT');
  }
  const openData = [`/cases/${slug}/feed.xml`, '/feed.xml', `/api/v1/updates?case=${slug}`];
  for (const address of openData) expect((await request.get(address)).status(), address).toBe(200);

  await signInAsNew(page, db, 'ORGANIZER');
  await page.goto(`/en/admin/cases/${subject.id}/updates/new`);
  await expect(page.getByRole('button', { name: 'Publish now', exact: true })).toBeEnabled();
  await page.getByLabel('Title').fill('Transférée à Almaty');
  await page.getByLabel('Date it happened').fill('2022-03-01');
  await page.getByRole('button', { name: 'Publish now', exact: true }).click();
  await expect(page.getByTestId('update-state')).toContainText('Published');

  // The very next visit of each page, feed and API answer shows the publication: no stale copy is served meanwhile.
  for (const address of [...addresses.slice(0, 3), ...openData]) {
    const fresh = await request.get(address);
    expect(await fresh.text(), address).toContain('Transférée à Almaty');
  }
});

test('a filtered or searched directory is rendered for each request, never kept', async ({ request }) => {
  for (const address of ['/en/cases?status=DETAINED', '/en/cases?q=kuramshin']) {
    await request.get(address);
    const again = await request.get(address);
    expect(again.headers()['x-nextjs-cache'], address).toBeUndefined();
    expect(again.headers()['x-cache'], address).toBeUndefined();
    expect(again.headers()['cache-control'], address).toContain('no-store');
  }
  const search = await request.get('/en/cases?q=Kouramchine');
  expect(await search.text()).toContain('data-case="vadim-kuramshin"');
});
