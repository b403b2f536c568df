import { createHash } from 'node:crypto';
import { render } from '@react-email/render';
import { Feed } from 'feed';
import { createElement } from 'react';
import { isSlug } from '../api/parameters';
import type { PublicUpdate } from '../api/public-records';
import { Markdown } from '../markdown/markdown';

/** The namespace of this tracker's name-based (version 5) UUIDs; never change it, or every feed id changes. */
const idNamespace = 'baa321a7-d236-48d3-900b-8563e8f836ec';

/** RFC 9562 UUID version 5: the same name always gives the same id, whatever host serves the feed. */
export function stableUrn(name: string): string {
  const hash = createHash('sha1').update(Buffer.from(idNamespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const updateEntryId = (updateId: string) => stableUrn(`update:${updateId}`);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * An update's Markdown as the case page shows it (the same component, so the same sanitising), its links made
 * absolute against that page. Rendered by react-email's renderer, which works in a route handler, where Next
 * refuses an import of react-dom/server; it returns a whole document, whose doctype is left out here.
 */
async function markdownHtml(source: string, pageUrl: string): Promise<string> {
  const document = await render(createElement(Markdown, { source, baseUrl: pageUrl }));
  return document.replace(/^<!DOCTYPE[^>]*>/, '');
}

/** Interface words of the feed (English, from the site's messages); the content stays in its own language. */
export type FeedLabels = {
  language: string;
  retracted: string;
  corrected: string;
  correction: (noteHtml: string) => string;
  occurredOn: (update: PublicUpdate) => string;
  status: (update: PublicUpdate) => string | null;
};

async function entryContent(update: PublicUpdate, labels: FeedLabels, pageUrl: string): Promise<string> {
  const facts = [labels.occurredOn(update), labels.status(update)].filter((fact) => fact !== null);
  const note = update.correctionNote;
  return [
    `<p lang="${labels.language}">${facts.map(escapeHtml).join(' · ')}</p>`,
    note ? `<p lang="${labels.language}">${labels.correction(`<span lang="${note.language}">${escapeHtml(note.text)}</span>`)}</p>` : '',
    update.body ? await markdownHtml(update.body.text, pageUrl) : '',
  ].join('');
}

function entryTitle(update: PublicUpdate, labels: FeedLabels): string {
  const mark = update.state === 'RETRACTED' ? labels.retracted : update.corrects ? labels.corrected : null;
  return escapeHtml(`${update.case.name} — ${update.title.text}${mark ? ` (${mark})` : ''}`);
}

/** When an entry last changed for a reader: also when its case did (a newly protected name must be refreshed). */
const entryUpdated = (update: PublicUpdate) => new Date(Math.max(update.updatedAt.getTime(), update.case.updatedAt.getTime()));

const languageTag = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * xml:lang on the feed and on each entry, which the feed library cannot write. Its output has one `<entry>`
 * per item, in order, and every text inside is escaped, so the literal tags are the elements themselves.
 */
function withLanguages(xml: string, feedLanguage: string, entryLanguages: string[]): string {
  const attribute = (language: string | undefined) => (language && languageTag.test(language) ? ` xml:lang="${language}"` : '');
  let index = 0;
  return xml
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom"${attribute(feedLanguage)}>`)
    .replace(/<entry>/g, () => `<entry${attribute(entryLanguages[index++])}>`);
}

export type AtomFeed = {
  id: string;
  title: string;
  author: string;
  selfUrl: string;
  pageUrl: string;
  /** When the feed itself last changed, apart from its entries (the case, for a case feed). */
  updated: Date;
  updates: PublicUpdate[];
  caseUrl: (slug: string) => string;
  labels: FeedLabels;
};

/**
 * Characters XML 1.0 forbids anywhere, even escaped (control characters, U+FFFE, U+FFFF): a stored text may hold
 * them (pasted from a PDF: form feeds), and a feed holding one is refused whole by readers.
 */
const notXmlCharacters = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * An Atom (RFC 4287) feed of published updates, their text as HTML (escaped, as `type="html"` content is).
 * Characters XML cannot hold are left out.
 */
export async function renderAtom({ id, title, author, selfUrl, pageUrl, updated, updates, caseUrl, labels }: AtomFeed): Promise<{ xml: string; updated: Date }> {
  const latest = updates.reduce((max, update) => Math.max(max, entryUpdated(update).getTime()), updated.getTime());
  const feed = new Feed({
    id,
    title,
    author: { name: author },
    link: pageUrl,
    feed: selfUrl,
    updated: new Date(latest),
    generator: false,
  });
  const contents = await Promise.all(updates.map((update) => entryContent(update, labels, caseUrl(update.case.slug))));
  updates.forEach((update, index) => {
    feed.addItem({
      id: updateEntryId(update.id),
      title: entryTitle(update, labels),
      link: caseUrl(update.case.slug),
      date: entryUpdated(update),
      published: update.publishedAt ?? undefined,
      content: contents[index],
      // The library does not escape attribute values; a slug is plain by construction, anything else is left out.
      category: isSlug(update.case.slug) ? [{ term: update.case.slug }] : undefined,
    });
  });
  return {
    xml: withLanguages(feed.atom1(), labels.language, updates.map((update) => update.title.language)).replace(notXmlCharacters, ''),
    updated: new Date(latest),
  };
}
