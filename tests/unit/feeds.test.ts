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

const render = (updates: PublicUpdate[]) =>
  renderAtom({
    id: stableUrn('feed:test'),
    title: 'Tracker',
    author: 'Tracker',
    selfUrl: 'https://tracker.example.org/feed.xml',
    pageUrl: 'https://tracker.example.org/en',
    updated: new Date(0),
    updates,
    caseUrl: (slug) => `https://tracker.example.org/en/cases/${slug}`,
    labels,
  }).xml;

describe('entry ids', () => {
  it('are version 5 UUID URNs that depend only on the update id', () => {
    expect(updateEntryId('u1')).toBe(updateEntryId('u1'));
    expect(updateEntryId('u1')).not.toBe(updateEntryId('u2'));
    expect(updateEntryId('u1')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the Atom feed', () => {
  it('escapes titles and text, and marks the language of the feed and of each entry', () => {
    const xml = render([update({}), update({ id: 'u2', title: { text: 'Released', language: 'en' } })]);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml.match(/<entry xml:lang="(\w+)">/g)).toEqual(['<entry xml:lang="fr">', '<entry xml:lang="en">']);
    const feed = parseFeed(xml);
    expect(feed.self).toBe('https://tracker.example.org/feed.xml');
    const [entry] = feed.items;
    expect(entry!.title).toBe('R. T. — Libérée <enfin> & soulagée');
    expect(entry!.id).toBe(updateEntryId('u1'));
    expect(entry!.url).toBe('https://tracker.example.org/en/cases/roza');
    expect(entry!.content).toContain('<p>Premier paragraphe.</p><p>Second ]]> paragraphe.</p>');
  });

  it('marks a retracted entry and leaves its text out', () => {
    const [entry] = parseFeed(render([update({ state: 'RETRACTED', body: null })])).items;
    expect(entry!.title).toBe('R. T. — Libérée <enfin> & soulagée (retracted)');
    expect(entry!.content).not.toContain('paragraphe');
  });

  it('says that a correction corrects, with its note in its own language', () => {
    const [entry] = parseFeed(render([update({ corrects: 'u0', correctionNote: { text: 'Date corrigée', language: 'fr' } })])).items;
    expect(entry!.title).toMatch(/\(corrected\)$/);
    expect(entry!.content).toContain('Correction: <span lang="fr">Date corrigée</span>');
  });

  it('is as recent as its latest entry, or its case when the case changed later', () => {
    const caseChange = new Date('2024-06-01T00:00:00Z');
    const feed = parseFeed(render([update({ case: { id: 'c1', slug: 'roza', name: 'R. T.', updatedAt: caseChange } })]));
    expect(feed.updated).toEqual(caseChange);
    expect(feed.items[0]!.updated).toEqual(caseChange);
  });
});
