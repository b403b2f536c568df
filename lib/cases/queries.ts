import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { localize, localizeOptional, redactOptionalText, redactText, translationsInto } from '../i18n/content';
import { normalizeSearchText } from '../search/normalize';
import { publicUpdateStates } from '../updates/states';
import { byPublicName, publicName } from './identity';
import { loadPublicRedactor, type Redact } from './redaction';
import { caseStatuses, deprivedOfLibertyStatuses, type CaseStatus } from './status';


export const citationSelect = {
  id: true,
  field: true,
  note: true,
  quote: { select: { id: true, text: true, document: { select: { slug: true, title: true } } } },
} as const;

/** Only quotes of published documents are cited to the public: an imported statement may be in review or withheld. */
export const publicCitationWhere = { quote: { document: { state: 'PUBLIC' } } } as const;

export const publicCitations = { where: publicCitationWhere, select: citationSelect } as const;

/** What the directory is narrowed to; each part is optional and they all apply together. */
export type CaseFilters = {
  /** As typed: any script, accents and case (see normalizeSearchText). */
  query?: string;
  /** Any of these statuses. */
  statuses?: readonly CaseStatus[];
  campaign?: string;
  deprivedOfLiberty?: boolean;
};

/**
 * The names and aliases the public may search by, in search_fold() form. A protected case has none: its real
 * name and aliases must never find it, and its initials are not worth matching.
 */
const publicSearchTerms = Prisma.sql`
  SELECT c.id AS "caseId", search_fold(c.name) AS term FROM "Case" c WHERE NOT c."identityProtected"
  UNION ALL
  SELECT a."caseId", search_fold(a.alias) FROM "CaseAlias" a JOIN "Case" c ON c.id = a."caseId" WHERE NOT c."identityProtected"`;

/**
 * Ids of the public cases whose name or an alias matches the query, best first: the whole name, then a name
 * starting with it or with a word of it, then containing it, then the closest spellings by trigrams
 * (word_similarity, so "Kouramchin" finds "Vadim Kouramchine"); null when there is nothing to search for.
 */
async function searchCaseIds(query: string | undefined): Promise<string[] | null> {
  const folded = normalizeSearchText(query ?? '');
  if (!folded) return null;
  const rows = await db.$queryRaw<{ caseId: string }[]>`
    WITH q AS (SELECT ${folded}::text AS q)
    SELECT t."caseId"
    FROM (${publicSearchTerms}) t, q
    WHERE t.term LIKE '%' || q.q || '%' OR q.q <% t.term
    GROUP BY t."caseId"
    ORDER BY max(
      CASE
        WHEN t.term = q.q THEN 3
        WHEN t.term LIKE q.q || '%' OR t.term LIKE '% ' || q.q || '%' THEN 2
        WHEN t.term LIKE '%' || q.q || '%' THEN 1
        ELSE 0
      END + word_similarity(q.q, t.term)
    ) DESC, t."caseId"`;
  return rows.map((row) => row.caseId);
}

function statusCondition({ statuses = [], deprivedOfLiberty = false }: CaseFilters): CaseStatus[] | undefined {
  if (statuses.length === 0 && !deprivedOfLiberty) return undefined;
  const deprived: readonly CaseStatus[] = deprivedOfLibertyStatuses;
  return caseStatuses.filter((status) => (statuses.length === 0 || statuses.includes(status)) && (!deprivedOfLiberty || deprived.includes(status)));
}

function directoryWhere(matchedIds: string[] | null, filters: CaseFilters): Prisma.CaseWhereInput {
  const statuses = statusCondition(filters);
  return {
    id: matchedIds ? { in: matchedIds } : undefined,
    campaign: filters.campaign ? { slug: filters.campaign } : undefined,
    status: statuses ? { in: statuses } : undefined,
  };
}

/** The directory: the cases that match the filters, with their current status and campaign; best match first when searching. */
export async function listCases(locale: string, filters: CaseFilters = {}) {
  const matchedIds = await searchCaseIds(filters.query);
  const cases = await db.case.findMany({
    where: directoryWhere(matchedIds, filters),
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      identityProtected: true,
      role: true,
      status: true,
      releaseKind: true,
      statusSince: true,
      statusSincePrecision: true,
      campaign: { select: { slug: true, position: true, title: true, language: true, translations: translationsInto(locale) } },
      counts: { select: { count: true, qualifier: true }, orderBy: { position: 'desc' }, take: 1 },
    },
  });
  const listed = cases.map(({ name, identityProtected, counts, campaign, ...rest }) => ({
    ...rest,
    name: publicName({ name, identityProtected }),
    campaign: { slug: campaign.slug, title: localize(campaign.title, campaign.language, campaign.translations, 'title', locale) },
    campaignPosition: campaign.position,
    latestCount: counts[0] ?? null,
  }));
  if (matchedIds) {
    const rank = new Map(matchedIds.map((id, index) => [id, index]));
    listed.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  } else {
    const byName = byPublicName(locale);
    const groupsFirst = (kind: string) => (kind === 'GROUP' ? 0 : 1);
    listed.sort((a, b) => a.campaignPosition - b.campaignPosition || groupsFirst(a.kind) - groupsFirst(b.kind) || byName(a, b));
  }
  return listed.map(({ id: _id, campaignPosition: _position, ...rest }) => rest);
}

/**
 * How many cases of each status match all the filters but the chosen statuses: what choosing a status would
 * show (a status outside the deprived-of-liberty set counts none while that filter is on).
 */
export async function countCasesByStatus(filters: CaseFilters = {}): Promise<Record<CaseStatus, number>> {
  const groups = await db.case.groupBy({
    by: ['status'],
    where: directoryWhere(await searchCaseIds(filters.query), { ...filters, statuses: [] }),
    _count: { _all: true },
  });
  const counts = Object.fromEntries(caseStatuses.map((status) => [status, 0])) as Record<CaseStatus, number>;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/** Lower than the 0.6 a search match needs (pg_trgm's word_similarity_threshold): close, not the same. */
const suggestionThreshold = 0.3;

/** Public cases whose name or an alias is spelled close to the query, for a search that found nothing. */
export async function suggestCases(query: string, limit = 5) {
  const folded = normalizeSearchText(query);
  if (!folded) return [];
  const rows = await db.$queryRaw<{ slug: string; name: string; identityProtected: boolean }[]>`
    WITH q AS (SELECT ${folded}::text AS q)
    SELECT c.slug, c.name, c."identityProtected"
    FROM (${publicSearchTerms}) t JOIN "Case" c ON c.id = t."caseId", q
    WHERE greatest(similarity(q.q, t.term), word_similarity(q.q, t.term)) >= ${suggestionThreshold}
    GROUP BY c.id
    ORDER BY max(greatest(similarity(q.q, t.term), word_similarity(q.q, t.term))) DESC, c.slug
    LIMIT ${limit}`;
  return rows.map((row) => ({ slug: row.slug, name: publicName(row) }));
}
/** Everything the case page shows; null when there is no such case. Read once per render (page and metadata). */
export const getCaseBySlug = cache(async function getCaseBySlug(slug: string, locale: string) {
  const found = await db.case.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      identityProtected: true,
      photoUrl: true,
      summary: true,
      role: true,
      placeOfDetention: true,
      letterAddress: true,
      charges: true,
      sentence: true,
      status: true,
      releaseKind: true,
      statusSince: true,
      statusSincePrecision: true,
      flags: true,
      language: true,
      translations: translationsInto(locale),
      organisation: { select: { name: true } },
      campaign: { select: { slug: true, title: true, language: true, translations: translationsInto(locale) } },
      group: { select: { slug: true, name: true, identityProtected: true } },
      members: { select: { slug: true, name: true, identityProtected: true, status: true } },
      aliases: { select: { alias: true }, orderBy: { alias: 'asc' } },
      citations: publicCitations,
      counts: {
        orderBy: { position: 'asc' },
        select: { id: true, count: true, qualifier: true, asOf: true, asOfPrecision: true, citations: publicCitations },
      },
      updates: {
        where: { state: { in: [...publicUpdateStates] } },
        orderBy: [{ occurredOn: 'desc' }, { publishedAt: 'desc' }],
        select: {
          id: true,
          title: true,
          body: true,
          language: true,
          occurredOn: true,
          occurredOnPrecision: true,
          state: true,
          status: true,
          releaseKind: true,
          correctionNote: true,
          translations: translationsInto(locale),
          corrects: { select: { id: true, title: true, body: true } },
          citations: publicCitations,
        },
      },
    },
  });
  if (!found) return null;
  const redact = await loadPublicRedactor();
  const { name, identityProtected, photoUrl, aliases, group, members, language, translations, campaign, updates, ...rest } = found;
  const text = (value: string | null, field: string) => redactOptionalText(localizeOptional(value, language, translations, field, locale), redact);
  return {
    ...rest,
    citations: redactCitations(found.citations, redact),
    counts: found.counts.map((count) => ({ ...count, citations: redactCitations(count.citations, redact) })),
    summary: text(found.summary, 'summary'),
    role: text(found.role, 'role'),
    charges: text(found.charges, 'charges'),
    sentence: text(found.sentence, 'sentence'),
    placeOfDetention: text(found.placeOfDetention, 'placeOfDetention'),
    letterAddress: text(found.letterAddress, 'letterAddress'),
    campaign: { slug: campaign.slug, title: localize(campaign.title, campaign.language, campaign.translations, 'title', locale) },
    updates: updates.map(({ title, body, language: updateLanguage, translations: updateTranslations, citations, corrects, ...update }) => ({
      ...update,
      title: redactText(localize(title, updateLanguage, updateTranslations, 'title', locale), redact),
      body: redactText(localize(body, updateLanguage, updateTranslations, 'body', locale), redact),
      correctionNote: update.correctionNote && redact(update.correctionNote),
      // A retracted correction withdraws its earlier version too: only the title and the reason stay.
      corrects: update.state === 'RETRACTED' ? null : corrects && { ...corrects, title: redact(corrects.title), body: redact(corrects.body) },
      citations: redactCitations(citations, redact),
    })),
    name: publicName({ name, identityProtected }),
    identityProtected,
    photoUrl: identityProtected ? null : photoUrl,
    aliases: identityProtected ? [] : aliases.map((a) => a.alias),
    group: group && { slug: group.slug, name: publicName(group) },
    members: members.map((member) => ({ slug: member.slug, status: member.status, name: publicName(member) })).sort(byPublicName(locale)),
  };
});

type CitationRow = { note: string | null; quote: { text: string; document: { title: string } } };

/** Quotes shown publicly, their notes and the titles of their documents never name a protected person. */
export function redactCitations<T extends CitationRow>(citations: T[], redact: Redact): T[] {
  return citations.map((citation) => ({
    ...citation,
    note: citation.note && redact(citation.note),
    quote: { ...citation.quote, text: redact(citation.quote.text), document: { ...citation.quote.document, title: redact(citation.quote.document.title) } },
  }));
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCaseBySlug>>>;
export type CaseCitation = CaseDetail['citations'][number];
