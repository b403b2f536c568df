import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { TZDate } from '@date-fns/tz';
import { expect, test, type APIRequestContext } from '@playwright/test';
import ICAL from 'ical.js';
import { formatTimesInZone } from '../../lib/events/format';
import { createPrismaClient } from '../../lib/prisma-client';
import { revalidatePublicPages } from './support/page-cache';

/** Tests that add upcoming actions, or expect none, take turns: the seed itself has only past actions. */
const upcomingActionsLock = 'upcoming-actions';

const seeded = {
  en: {
    title: 'Actions',
    noUpcoming: 'No upcoming action has been announced.',
    week: { kind: 'Solidarity week', dates: /^March 19\s–\s24, 2012$/ },
    commemoration: { kind: 'Commemoration', date: 'March 24, 2012', place: 'Almaty, Kazakhstan' },
    trial: 'around March 22, 2012',
    addToCalendar: 'Add to calendar',
    sources: /^Sources/,
  },
  fr: {
    title: 'Actions',
    noUpcoming: 'Aucune action à venir n’a été annoncée.',
    week: { kind: 'Semaine de solidarité', dates: /^19\s?–\s?24\smars\s2012$/ },
    commemoration: { kind: 'Commémoration', date: '24 mars 2012', place: 'Almaty, Kazakhstan' },
    trial: 'vers le 22 mars 2012',
    addToCalendar: 'Ajouter à l’agenda',
    sources: /^Sources/,
  },
  ru: {
    title: 'Акции',
    noUpcoming: 'Предстоящих акций пока не объявлено.',
    week: { kind: 'Неделя солидарности', dates: /^19\s?–\s?24\sмарта\s2012\sг\.$/ },
    commemoration: { kind: 'Памятная акция', date: '24 марта 2012 г.', place: 'Almaty, Казахстан' },
    trial: 'около 22 марта 2012 г.',
    addToCalendar: 'Добавить в календарь',
    sources: /^Источники/,
  },
} as const;

const week = 'semaine-de-solidarite-2012-03-19';
const commemoration = 'commemoration-100-jours-2012-03-24';

for (const [locale, text] of Object.entries(seeded)) {
  test(`the actions page in ${locale} lists the seeded actions as past, latest first`, async ({ page }) => {
    await page.goto(`/${locale}/events`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { name: text.title, level: 1 })).toBeVisible();

    const past = page.getByTestId('past-events').locator('[data-event]');
    await expect(past.first()).toHaveAttribute('data-event', 'greve-generale-mangistau-2022-01-03');
    const weekItem = page.locator(`[data-event="${week}"]`);
    await expect(weekItem.getByTestId('event-kind')).toHaveText(text.week.kind);
    await expect(weekItem.getByTestId('event-when')).toHaveText(text.week.dates);
    await expect(weekItem).toContainText('Semaine de solidarité avec les travailleurs du Kazakhstan');

    const commemorationItem = page.locator(`[data-event="${commemoration}"]`);
    await expect(commemorationItem.getByTestId('event-kind')).toHaveText(text.commemoration.kind);
    await expect(commemorationItem.getByTestId('event-when')).toHaveText(text.commemoration.date);
    await expect(commemorationItem.getByTestId('event-place')).toHaveText(text.commemoration.place);
    await expect(page.locator('[data-event="proces-zhanaozen-2012-03-22"]').getByTestId('event-when')).toHaveText(text.trial);

    await commemorationItem.getByRole('link', { name: 'Les 100 jours du massacre de Zhanaozen' }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/events/${commemoration}$`));
  });

  test(`the page of the 100-days commemoration in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/events/${commemoration}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les 100 jours du massacre de Zhanaozen');
    await expect(page).toHaveTitle(/^Les 100 jours du massacre de Zhanaozen/);
    await expect(page.getByTestId('event-kind')).toHaveText(text.commemoration.kind);
    await expect(page.getByTestId('event-when')).toHaveText(text.commemoration.date);
    await expect(page.getByTestId('event-place')).toHaveText(text.commemoration.place);
    await expect(page.getByText('La libération de tous ceux arrêtés à Zhanaozen')).toBeVisible();
    await expect(page.getByRole('link', { name: text.addToCalendar })).toHaveAttribute('href', `/events/${commemoration}/ics?locale=${locale}`);

    await page.getByText(text.sources).first().click();
    await expect(page.getByText('Deux jours plus tard, le 24 mars')).toBeVisible();

    await page.getByRole('link', { name: 'Les 52 accusés de Zhanaozen' }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/cases/zhanaozen-defendants$`));
  });
}

test('the solidarity week page gives its days, organiser and demand', async ({ page }) => {
  await page.goto(`/en/events/${week}`);
  await expect(page.getByTestId('event-kind')).toHaveText('Solidarity week');
  await expect(page.getByTestId('event-when')).toHaveText(seeded.en.week.dates);
  await expect(page.getByText('Campaign Kazakhstan', { exact: true })).toBeVisible();
});

test('an action without a known place or date keeps all its sources', async ({ page }) => {
  // Every seeded action has a place: this one is written straight into the database, and removed afterwards.
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  const slug = `e2e-no-place-${randomBytes(4).toString('hex')}`;
  try {
    const quote = await db.quote.findFirstOrThrow({
      where: { documentId: 'doc-000-zhanaozen-massacre-statements-2011-12-17', text: { contains: 'représentations diplomatiques' } },
      select: { id: true, text: true },
    });
    await db.actionEvent.create({
      data: {
        slug,
        kind: 'OTHER',
        title: 'Action sans lieu connu',
        startsAt: new Date('2011-12-20T00:00:00Z'),
        timeZone: 'UTC',
        allDay: true,
        datePrecision: 'APPROXIMATE',
        campaignId: 'zhanaozen-2011',
        citations: {
          create: [
            { field: 'date', quote: { connect: { id: quote.id } } },
            { field: 'place', quote: { connect: { id: quote.id } } },
          ],
        },
      },
    });
    await revalidatePublicPages();

    await page.goto(`/en/events/${slug}`);
    await expect(page.getByTestId('event-when')).toHaveText('around December 20, 2011');
    await expect(page.getByText('Where', { exact: true })).toHaveCount(0);
    const otherSources = page.locator('details').filter({ hasText: 'Other sources about this action' });
    await otherSources.getByText('Other sources about this action').click();
    await expect(otherSources.locator('blockquote')).toHaveText(`« ${quote.text} »`);
  } finally {
    await db.actionEvent.deleteMany({ where: { slug } });
    await revalidatePublicPages();
    await db.$disconnect();
  }
});

test('the actions pages pass automated accessibility checks', async ({ page }) => {
  for (const path of ['/en/events', `/en/events/${commemoration}`]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`), path).toEqual([]);
  }
});

test('an unknown action answers 404, as a page and as a calendar file', async ({ page, request }) => {
  const response = await page.goto('/en/events/no-such-action');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect((await request.get('/events/no-such-action/ics')).status()).toBe(404);
});

test('a calendar address with a language it does not know answers 400 naming the parameter', async ({ request }) => {
  for (const path of ['/calendar.ics?locale=xx', `/events/${week}/ics?locale=xx`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.json()).toMatchObject({ parameter: 'locale' });
  }
});

async function fetchCalendar(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { response, calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

test('an all-day action downloads as dates, ending the day after its last day', async ({ request, baseURL }) => {
  const { response, events } = await fetchCalendar(request, `/events/${week}/ics?locale=en`);
  expect(response.headers()['content-disposition']).toBe(`attachment; filename="${week}.ics"`);
  const [event] = events as [ICAL.Event];
  expect(event.summary).toBe('Semaine de solidarité avec les travailleurs du Kazakhstan');
  expect(event.startDate.isDate).toBe(true);
  expect(event.startDate.toString()).toBe('2012-03-19');
  expect(event.endDate.toString()).toBe('2012-03-25');
  // Next.js names the loopback address the tests use "localhost" in the request's origin.
  const origin = baseURL!.replace('127.0.0.1', 'localhost');
  expect(event.component.getFirstPropertyValue('url')).toBe(`${origin}/en/events/${week}`);
});

test.describe('with upcoming actions', () => {
  test.describe.configure({ lock: upcomingActionsLock });

  test('none in the seed: the actions page says so, the feed is an empty calendar, case pages show no section', async ({ page, request }) => {
    await page.goto('/en/events');
    await expect(page.getByTestId('upcoming-events')).toContainText(seeded.en.noUpcoming);
    const { calendar, events } = await fetchCalendar(request, '/calendar.ics');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(0);
    await page.goto('/en/cases/vadim-kuramshin');
    await expect(page.getByRole('heading', { name: 'Vadim Kuramshin', level: 1 })).toBeVisible();
    await expect(page.getByTestId('case-events')).toHaveCount(0);
  });

  const db = createPrismaClient(process.env.DATABASE_URL!, 2);
  test.afterAll(() => db.$disconnect());

  /** An action in Almaty 30 days from now, 18:00 to 20:00 local time, linked to Vadim Kuramshin. */
  async function withActions(run: (slugs: { upcoming: string; past: string }, start: Date, end: Date) => Promise<void>) {
    const suffix = randomBytes(4).toString('hex');
    const slugs = { upcoming: `e2e-picket-${suffix}`, past: `e2e-past-picket-${suffix}` };
    const day = new TZDate(Date.now() + 30 * 24 * 60 * 60 * 1000, 'Asia/Almaty');
    const start = new Date(new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), 18, 0, 'Asia/Almaty').getTime());
    const end = new Date(start.getTime() + 2 * 60 * 60 * 1000);
    const common = { kind: 'PICKET', timeZone: 'Asia/Almaty', city: 'Almaty', country: 'KZ', campaignId: 'zhanaozen-2011' } as const;
    await db.actionEvent.create({
      data: { ...common, slug: slugs.upcoming, title: 'Piquet de test', startsAt: start, endsAt: end, cases: { create: [{ case: { connect: { slug: 'vadim-kuramshin' } } }] } },
    });
    await db.actionEvent.create({
      data: { ...common, slug: slugs.past, title: 'Piquet passé de test', startsAt: new Date(Date.now() - 26 * 3600_000), endsAt: new Date(Date.now() - 24 * 3600_000) },
    });
    await revalidatePublicPages();
    try {
      await run(slugs, start, end);
    } finally {
      await db.actionEvent.deleteMany({ where: { slug: { in: [slugs.upcoming, slugs.past] } } });
      await revalidatePublicPages();
    }
  }

  test('the feed holds upcoming actions only, with the same UID each time and as the single download', async ({ request }) => {
    await withActions(async (slugs, start, end) => {
      const first = await fetchCalendar(request, '/calendar.ics');
      const second = await fetchCalendar(request, '/calendar.ics');
      expect(first.events.map((event) => event.summary)).toEqual(['Piquet de test']);
      const [event] = first.events as [ICAL.Event];
      expect(second.events[0]!.uid).toBe(event.uid);
      const single = await fetchCalendar(request, `/events/${slugs.upcoming}/ics`);
      expect(single.events[0]!.uid).toBe(event.uid);
      const pastSingle = await fetchCalendar(request, `/events/${slugs.past}/ics`);
      expect(pastSingle.events[0]!.uid).not.toBe(event.uid);

      expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Almaty');
      expect(event.startDate.toString()).toMatch(/T18:00:00$/);
      expect(event.endDate.toString()).toMatch(/T20:00:00$/);
      expect(event.startDate.toJSDate()).toEqual(start);
      expect(event.endDate.toJSDate()).toEqual(end);
      expect(event.location).toBe('Almaty, Kazakhstan');
    });
  });

  test.describe('seen from New York', () => {
    test.use({ timezoneId: 'America/New_York' });

    test('an upcoming action shows its time in Almaty and in the visitor time zone, and on its case page', async ({ page }) => {
      await withActions(async (slugs, start, end) => {
        await page.goto('/en/events');
        const item = page.getByTestId('upcoming-events').locator(`[data-event="${slugs.upcoming}"]`);
        await expect(item.getByTestId('event-kind')).toHaveText('Picket');
        const when = item.getByTestId('event-when');
        await expect(when.locator('time')).toHaveText(formatTimesInZone('en', start, end, 'Asia/Almaty'));
        const newYorkTime = (instant: Date) =>
          new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York' }).format(instant).split(/\s/)[0]!;
        const visitorTime = when.getByTestId('visitor-time');
        await expect(visitorTime).toContainText('In your time zone:');
        await expect(visitorTime).toContainText(newYorkTime(start));
        await expect(visitorTime).toContainText(newYorkTime(end));
        await expect(page.getByTestId('past-events').locator(`[data-event="${slugs.past}"]`)).toBeVisible();

        await page.goto('/en/cases/vadim-kuramshin');
        const section = page.getByTestId('case-events');
        await expect(section.getByRole('heading', { name: 'Upcoming actions' })).toBeVisible();
        await expect(section.locator('[data-event]')).toHaveCount(1);
        await section.getByRole('link', { name: 'Piquet de test' }).click();
        await expect(page).toHaveURL(new RegExp(`/en/events/${slugs.upcoming}$`));
        await expect(page.getByRole('link', { name: 'Vadim Kuramshin' })).toBeVisible();
      });
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, timezoneId: 'America/New_York' });

    test('an upcoming action shows its time in its own zone only', async ({ page }) => {
      await withActions(async (slugs, start, end) => {
        await page.goto(`/fr/events/${slugs.upcoming}`);
        await expect(page.getByTestId('event-when').locator('time')).toHaveText(formatTimesInZone('fr', start, end, 'Asia/Almaty'));
        await expect(page.getByTestId('visitor-time')).toHaveCount(0);
      });
    });
  });
});
