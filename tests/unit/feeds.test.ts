import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import type { PublicUpdate } from '../../lib/api/public-records';
import { renderAtom, stableUrn, updateEntryId, type FeedLabels } from '../../lib/feeds/atom';

const labels: FeedLabels = {
  language: 'en',
  retracted: 'retracted',
  corrected: 'corrected',
  correction: (note) => `Correction: ${note}`,
  occurredOn: (update) => update.occurredOn.date,
  status: (update) => update.status,
};

const at = new Date('2024-05-01T10:00:00Z');

function update(overrides: Partial<PublicUpdate>): PublicUpdate {
  return {
    id: 'u1',
    state: 'PUBLISHED',
    case: { id: 'c1', slug: 'roza', name: 'R. T.', updatedAt: at },
    title: { text: 'Libérée <enfin> & soulagée', language: 'fr' },
    body: { text: 'Premier paragraphe.\n\nSecond ]]> paragraphe.', language: 'fr' },
    correctionNote: null,
    occurredOn: { date: '2024-04-30', precision: 'DAY' },
    status: 'RELEASED',
    releaseKind: null,
    corrects: null,
    publishedAt: at,
    updatedAt: at,
    ...overrides,
  };
}

const render = async (updates: PublicUpdate[]) =>
  (
    await renderAtom({
      id: stableUrn('feed:test'),
      title: 'Tracker',
      author: 'Tracker',
      selfUrl: 'https://tracker.example.org/feed.xml',
      pageUrl: 'https://tracker.example.org/en',
      updated: new Date(0),
      updates,
      caseUrl: (slug) => `https://tracker.example.org/en/cases/${slug}`,
      labels,
    })
  ).xml;

describe('entry ids', () => {
  it('are version 5 UUID URNs that depend only on the update id', () => {
    expect(updateEntryId('u1')).toBe(updateEntryId('u1'));
    expect(updateEntryId('u1')).not.toBe(updateEntryId('u2'));
    expect(updateEntryId('u1')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the Atom feed', async () => {
  it('escapes titles and text, and marks the language of the feed and of each entry', async () => {
    const xml = await render([update({}), update({ id: 'u2', title: { text: 'Released', language: 'en' } })]);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml.match(/<entry xml:lang="(\w+)">/g)).toEqual(['<entry xml:lang="fr">', '<entry xml:lang="en">']);
    const feed = parseFeed(xml);
    expect(feed.self).toBe('https://tracker.example.org/feed.xml');
    const [entry] = feed.items;
    expect(entry!.title).toBe('R. T. — Libérée <enfin> & soulagée');
    expect(entry!.id).toBe(updateEntryId('u1'));
    expect(entry!.url).toBe('https://tracker.example.org/en/cases/roza');
    expect(entry!.content).toContain('<p>Premier paragraphe.</p>\n<p>Second ]]> paragraphe.</p>');
  });

  it('marks a retracted entry and leaves its text out', async () => {
    const [entry] = parseFeed(await render([update({ state: 'RETRACTED', body: null })])).items;
    expect(entry!.title).toBe('R. T. — Libérée <enfin> & soulagée (retracted)');
    expect(entry!.content).not.toContain('paragraphe');
  });

  it('says that a correction corrects, with its note in its own language', async () => {
    const [entry] = parseFeed(await render([update({ corrects: 'u0', correctionNote: { text: 'Date corrigée', language: 'fr' } })])).items;
    expect(entry!.title).toMatch(/\(corrected\)$/);
    expect(entry!.content).toContain('Correction: <span lang="fr">Date corrigée</span>');
  });

  it('is as recent as its latest entry, or its case when the case changed later', async () => {
    const caseChange = new Date('2024-06-01T00:00:00Z');
    const feed = parseFeed(await render([update({ case: { id: 'c1', slug: 'roza', name: 'R. T.', updatedAt: caseChange } })]));
    expect(feed.updated).toEqual(caseChange);
    expect(feed.items[0]!.updated).toEqual(caseChange);
  });
});

describe('the text of an entry', () => {
  const contentOf = async (text: string) => parseFeed(await render([update({ body: { text, language: 'fr' } })])).items[0]!.content!;

  it('is the Markdown rendered as on the case page: emphasis, lists and links', async () => {
    const content = await contentOf('**Libérée** le 3 mars.\n\n- un\n- deux\n\nVoir [le communiqué](https://example.org/communique).');
    expect(content).toContain('<strong>Libérée</strong> le 3 mars.');
    expect(content).toContain('<li>un</li>');
    expect(content).toContain('<a href="https://example.org/communique">le communiqué</a>');
    expect(content).not.toContain('**');
  });

  it("makes relative links absolute against the entry's case page, as a feed reader has no page to resolve them from", async () => {
    const content = await contentOf('[la source](/en/sources/doc-004), [plus bas](#timeline) et [la sœur](../cases/aida)');
    expect(content).toContain('<a href="https://tracker.example.org/en/sources/doc-004">la source</a>');
    expect(content).toContain('<a href="https://tracker.example.org/en/cases/roza#timeline">plus bas</a>');
    expect(content).toContain('<a href="https://tracker.example.org/en/cases/aida">la sœur</a>');
  });

  it('lets no script, raw HTML, javascript: or data: link or image through', async () => {
    const content = await contentOf(
      [
        'Avant <script>alert(1)</script> après',
        '<script>\nalert(2)\n</script>',
        '<iframe src="https://example.org/frame"></iframe>',
        '<p onclick="alert(3)">texte</p> <b>gras</b>',
        '[cliquez](javascript:alert(4)) [ici](JaVaScRiPt:alert(5)) [là](data:text/html;base64,PHNjcmlwdD4=)',
        '![photo](https://tracker.example.org/pixel.png) <img src="https://example.org/x.png" onerror="alert(6)">',
      ].join('\n\n'),
    );
    expect(content).not.toMatch(/<(script|iframe|img|b)\b/i);
    expect(content).not.toMatch(/\bon[a-z]+=|javascript:|data:/i);
    expect(content).not.toMatch(/alert\([2-6]\)|pixel\.png|x\.png/);
    expect(content).toContain('cliquez');
    expect(content.match(/<a\b[^>]*>/g) ?? []).toEqual(['<a>', '<a>', '<a>']);
  });
});
