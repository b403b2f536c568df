import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applySeed } from '../../seeds/apply';
import { createTestDatabase } from '../support/test-database';

vi.mock('next-intl/server', () => import('../support/english-translations'));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const secretName = 'Aigerim Protectedova';

beforeAll(async () => {
  database = await createTestDatabase();
  await applySeed(database.db);
  // The app's modules read DATABASE_URL when first imported.
  process.env.DATABASE_URL = database.url;
  const quote = await database.db.quote.findFirstOrThrow({ where: { text: { contains: 'toujours incarcéré' } } });
  await database.db.case.create({
    data: {
      slug: 'protected-person',
      kind: 'PERSON',
      name: secretName,
      identityProtected: true,
      photoUrl: 'https://example.org/photo-of-aigerim.jpg',
      campaignId: 'zhanaozen-2011',
      status: 'DETAINED',
      aliases: { create: [{ alias: 'Айгерим Протектедова' }] },
      citations: { create: [{ quoteId: quote.id, field: 'status' }] },
      updates: {
        create: [
          {
            title: `${secretName} arrêtée`,
            body: 'Arrêtée à Janaozen.',
            occurredOn: new Date('2012-03-19T00:00:00Z'),
            occurredOnPrecision: 'DAY',
            state: 'PUBLISHED',
            status: 'DETAINED',
            publishedAt: new Date('2030-01-01T00:00:00Z'),
            citations: { create: [{ quoteId: quote.id, field: 'status' }] },
          },
          {
            title: 'Transférée',
            body: 'Transférée.',
            occurredOn: new Date('2012-03-20T00:00:00Z'),
            occurredOnPrecision: 'DAY',
            state: 'RETRACTED',
            correctionNote: `La famille de ${secretName} dément.`,
            publishedAt: new Date('2030-01-02T00:00:00Z'),
          },
        ],
      },
    },
  });
  // Texts written by organizers that name the person: a statement's title, a citation's note, a campaign's summary
  // and an action's venue.
  const namedStatement = await database.db.sourceDocument.create({
    data: {
      slug: 'statement-naming-a-protected-person',
      title: `Liberté pour ${secretName}`,
      language: 'fr',
      issuedOn: new Date('2012-03-21T00:00:00Z'),
      issuedOnPrecision: 'DAY',
      body: 'Elle est toujours détenue.',
      quotes: { create: [{ text: 'Elle est toujours détenue.' }] },
    },
    select: { quotes: { select: { id: true } } },
  });
  const protectedCase = await database.db.case.findUniqueOrThrow({ where: { slug: 'protected-person' }, select: { id: true } });
  await database.db.citation.create({ data: { quoteId: namedStatement.quotes[0]!.id, field: 'status', caseId: protectedCase.id, note: `Selon la sœur de ${secretName}` } });
  await database.db.campaign.update({ where: { id: 'zhanaozen-2011' }, data: { summary: `Justice pour les travailleurs et pour ${secretName}.` } });
  await database.db.actionEvent.create({
    data: {
      slug: 'vigil-for-a-protected-person',
      kind: 'RALLY',
      title: 'Veillée',
      venue: `Devant la maison d’${secretName}`,
      startsAt: new Date('2030-03-01T17:00:00Z'),
      timeZone: 'Europe/Paris',
      campaignId: 'zhanaozen-2011',
    },
  });
});
afterAll(async () => database?.drop());

const leaks = (value: unknown) => {
  const text = JSON.stringify(value);
  return ['Aigerim', 'Protectedova', 'Айгерим', 'photo-of-aigerim'].filter((secret) => text.includes(secret));
};

describe('a case whose identity is protected', () => {
  it('shows initials and no aliases or photo on its page', async () => {
    const { getCaseBySlug } = await import('@/lib/cases/queries');
    const found = await getCaseBySlug('protected-person', 'en');
    expect(found?.name).toBe('A. P.');
    expect(leaks(found)).toEqual([]);
  });

  it('takes its place in public lists by its initials, never by the name they hide', async () => {
    // By real name "Zarema Beta" comes before "Zarina Alpha"; by what the public sees, "Z. A." comes before "Z. B.".
    const group = await database.db.case.findUniqueOrThrow({ where: { slug: 'zhanaozen-defendants' }, select: { id: true } });
    const event = await database.db.actionEvent.findUniqueOrThrow({ where: { slug: 'vigil-for-a-protected-person' }, select: { id: true } });
    const demand = await database.db.demand.findFirstOrThrow({ select: { id: true, slug: true } });
    for (const [slug, name] of [['protected-z-b', 'Zarema Beta'], ['protected-z-a', 'Zarina Alpha']]) {
      await database.db.case.create({
        data: {
          slug: slug!,
          kind: 'PERSON',
          name: name!,
          identityProtected: true,
          campaignId: 'zhanaozen-2011',
          groupId: group.id,
          status: 'DETAINED',
          events: { create: { eventId: event.id } },
          demands: { create: { demandId: demand.id } },
        },
      });
    }
    const order = (names: string[]) => names.filter((name) => name.startsWith('Z. '));
    const { listCases, getCaseBySlug } = await import('@/lib/cases/queries');
    const { getEventBySlug } = await import('@/lib/events/queries');
    const { listDemandLists } = await import('@/lib/demands/queries');
    const { subscribeChoices } = await import('@/lib/subscriptions/queries');
    expect(order((await listCases('fr')).map((c) => c.name))).toEqual(['Z. A.', 'Z. B.']);
    expect(order((await getCaseBySlug('zhanaozen-defendants', 'fr'))!.members.map((m) => m.name))).toEqual(['Z. A.', 'Z. B.']);
    expect(order((await getEventBySlug('vigil-for-a-protected-person', 'fr'))!.cases.map((c) => c.name))).toEqual(['Z. A.', 'Z. B.']);
    const listedDemand = (await listDemandLists('fr')).flatMap((list) => [...list.demands, ...list.callsToAction]).find((d) => d.slug === demand.slug);
    expect(order(listedDemand!.cases.map((c) => c.name))).toEqual(['Z. A.', 'Z. B.']);
    const choices = (await subscribeChoices('fr')).find((campaign) => campaign.slug === 'zhanaozen-2011')!;
    expect(order(choices.cases.map((c) => c.name))).toEqual(['Z. A.', 'Z. B.']);
  });

  it('shows initials on its share card', async () => {
    const { getCaseCard } = await import('@/lib/cases/card');
    const card = await getCaseCard('protected-person', 'fr');
    expect(card?.name).toBe('A. P.');
    expect(leaks(card)).toEqual([]);
  });

  it('shows initials in the latest updates', async () => {
    const { latestUpdates } = await import('@/lib/updates/queries');
    const updates = await latestUpdates('en', 50);
    expect(updates.find((update) => update.case.slug === 'protected-person')?.case.name).toBe('A. P.');
    expect(leaks(updates)).toEqual([]);
  });

  it('is named by its initials in the citations, correction notes and titles that name the person', async () => {
    const { getCaseBySlug } = await import('@/lib/cases/queries');
    const { getSourceBySlug } = await import('@/lib/sources/queries');
    const found = await getCaseBySlug('protected-person', 'fr');
    expect(found!.citations.map((citation) => citation.note)).toContain('Selon la sœur de A. P.');
    expect(found!.citations.map((citation) => citation.quote.document.title)).toContain('Liberté pour A. P.');
    expect(found!.updates.map((update) => update.correctionNote)).toContain('La famille de A. P. dément.');
    const statement = await getSourceBySlug('statement-naming-a-protected-person');
    expect(statement!.title).toBe('Liberté pour A. P.');
    expect(leaks(statement)).toEqual([]);
  });

  it('is named by its initials in campaign summaries and the venues of actions, on pages, in calendars and in alerts', async () => {
    const { listCampaigns } = await import('@/lib/campaigns/queries');
    const { listEvents, getEventBySlug, getCalendarEvent } = await import('@/lib/events/queries');
    const { composeAlertEmails } = await import('@/lib/alerts/compose');
    const campaigns = await listCampaigns('fr');
    expect(campaigns.find((campaign) => campaign.slug === 'zhanaozen-2011')!.summary.text).toContain('A. P.');
    const event = await getEventBySlug('vigil-for-a-protected-person', 'fr');
    expect(event!.venue!.text).toBe('Devant la maison d’A. P.');
    const { id: eventId } = await database.db.actionEvent.findUniqueOrThrow({ where: { slug: 'vigil-for-a-protected-person' }, select: { id: true } });
    const [email] = await composeAlertEmails({ id: 'event-alert', kind: 'EVENT', updateId: null, eventId, periodStart: null, periodEnd: null }, [
      { deliveryId: 1n, subscriberId: 'someone', email: 'someone@example.org', locale: 'fr', token: 'token' },
    ]);
    expect(email!.text).toContain('A. P.');
    for (const shown of [campaigns, await listEvents('fr'), event, await getCalendarEvent('vigil-for-a-protected-person', 'fr'), email]) expect(leaks(shown)).toEqual([]);
  });

  it('shows initials among the facts a source document supports', async () => {
    const { getSourceBySlug } = await import('@/lib/sources/queries');
    const source = await getSourceBySlug('doc-004-campaign-update-2012-03-19');
    const labels = source!.quotes.flatMap((quote) => quote.supports.map((fact) => fact.label));
    expect(labels).toContain('A. P.');
    expect(leaks(source!.quotes)).toEqual([]);
  });
});

describe('protecting a person named in the source documents', () => {
  it('removes their name from the source text, the quotes and the timeline of every public page', async () => {
    // Protecting a case also gives it an address that does not name the person.
    await database.db.case.update({ where: { slug: 'vadim-kuramshin' }, data: { identityProtected: true, slug: 'case-vk' } });
    const { getSourceBySlug } = await import('@/lib/sources/queries');
    const { getCaseBySlug } = await import('@/lib/cases/queries');
    const source = await getSourceBySlug('doc-004-campaign-update-2012-03-19');
    const page = await getCaseBySlug('case-vk', 'en');
    for (const shown of [source, page]) {
      const text = JSON.stringify(shown);
      expect(text).not.toMatch(/Kuramshin|Kouramchine|Курамшин/i);
      expect(text).toContain('V. K.');
    }
    // The highlighted passages still line up with the redacted text.
    const { highlightQuotes } = await import('@/lib/sources/highlight');
    const highlighted = highlightQuotes(source!.body, source!.quotes).flatMap((segment) => segment.quoteIds);
    expect(new Set(highlighted).size).toBe(source!.quotes.length);
  });
});

describe('a protected case beyond the public pages', () => {
  const follower = async (email: string, locale: string) => {
    const protectedCase = await database.db.case.findUniqueOrThrow({ where: { slug: 'protected-person' }, select: { id: true } });
    return database.db.subscriber.create({
      data: { email, locale, state: 'CONFIRMED', frequency: 'WEEKLY', confirmedAt: new Date('2029-01-01'), followsEverything: true, cases: { create: [{ caseId: protectedCase.id }] } },
      select: { id: true, email: true, locale: true },
    });
  };

  it('is offered to followers, and listed in their data download, by its initials', async () => {
    const { subscribeChoices, subscriberDataExport } = await import('@/lib/subscriptions/queries');
    const choices = await subscribeChoices('ru');
    expect(choices.flatMap((campaign) => campaign.cases).find((found) => found.slug === 'protected-person')?.name).toBe('A. P.');
    expect(leaks(choices)).toEqual([]);
    const subscriber = await follower('download@example.org', 'en');
    const exported = await subscriberDataExport(subscriber.id);
    expect(exported?.cases).toEqual([{ slug: 'protected-person', name: 'A. P.' }]);
    expect(leaks(exported)).toEqual([]);
  });

  it('is named by its initials in the feed and the alert of an update whose Markdown links name the person', async () => {
    const { composeAlertEmails } = await import('@/lib/alerts/compose');
    const { GET: caseFeed } = await import('@/app/cases/[slug]/feed.xml/route');
    const protectedCase = await database.db.case.findUniqueOrThrow({ where: { slug: 'protected-person' }, select: { id: true } });
    const publishedAt = new Date('2030-02-03T12:00:00Z');
    const body = [
      `**Transférée.** Voir [${secretName}](https://example.org/aigerim-protectedova),`,
      `[l’article](https://example.org/news/${encodeURIComponent('Айгерим Протектедова')}) et`,
      `[la lettre](https://example.org/lettre/Aigerim%20Protectedova.pdf "Lettre d’Aigerim").`,
    ].join(' ');
    const update = await database.db.update.create({
      data: { caseId: protectedCase.id, title: 'Transférée', body, occurredOn: publishedAt, occurredOnPrecision: 'DAY', state: 'PUBLISHED', publishedAt },
    });
    // Addresses are read as a browser shows them, decoded.
    const decoded = (text: string) => text.replace(/(?:%[0-9A-F]{2})+/gi, (escapes) => decodeURIComponent(escapes));
    const named = /aigerim|protectedova|айгерим|протектедова/i;

    const feed = await caseFeed(new Request('https://tracker.example.org/cases/protected-person/feed.xml'), { params: Promise.resolve({ slug: 'protected-person' }) });
    const xml = await feed.text();
    expect(xml).toContain('<strong>Transférée.</strong> Voir <a href="https://example.org/A.-P.">A. P.</a>');
    expect(decoded(xml)).not.toMatch(named);

    const [email] = await composeAlertEmails({ id: 'alert-with-links', kind: 'UPDATE', updateId: update.id, eventId: null, periodStart: null, periodEnd: null }, [
      { deliveryId: 1n, subscriberId: 'someone', email: 'someone@example.org', locale: 'fr', token: 'token' },
    ]);
    expect(email!.html).toMatch(/<strong>Transférée\.<\/strong> Voir <a href="https:\/\/example\.org\/A\.-P\."[^>]*>A\. P\.<\/a>/);
    expect(email!.text).toContain('Voir A. P. (https://example.org/A.-P.)');
    expect(decoded(`${email!.subject}\n${email!.html}\n${email!.text}`)).not.toMatch(named);
  });

  it('is named by its initials in the alert and the weekly digest of an update that names the person, in every language', async () => {
    const { composeAlertEmails } = await import('@/lib/alerts/compose');
    const protectedCase = await database.db.case.findUniqueOrThrow({ where: { slug: 'protected-person' }, select: { id: true } });
    const publishedAt = new Date('2030-02-01T12:00:00Z');
    const update = await database.db.update.create({
      data: { caseId: protectedCase.id, title: `${secretName} transférée`, body: 'Айгерим Протектедова a été transférée.', occurredOn: publishedAt, occurredOnPrecision: 'DAY', state: 'PUBLISHED', publishedAt },
    });
    const recipients = await Promise.all(
      ['en', 'fr', 'ru'].map(async (locale, index) => {
        const { id, email } = await follower(`alert-${locale}@example.org`, locale);
        return { deliveryId: BigInt(index + 1), subscriberId: id, email, locale, token: `token-${locale}` };
      }),
    );
    const alert = { id: 'alert', kind: 'UPDATE' as const, updateId: update.id, eventId: null, periodStart: null, periodEnd: null };
    const digest = { ...alert, kind: 'DIGEST' as const, updateId: null, periodStart: new Date('2030-01-25T00:00:00Z'), periodEnd: new Date('2030-02-02T00:00:00Z') };
    for (const emails of [await composeAlertEmails(alert, recipients), await composeAlertEmails(digest, recipients)]) {
      expect(emails).toHaveLength(3);
      for (const email of emails) {
        expect(`${email.subject}\n${email.text}`).toContain('A. P.');
        expect(leaks(email)).toEqual([]);
      }
    }
  });
});
