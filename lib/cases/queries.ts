import 'server-only';
import { db } from '../db';
import { localize, localizeOptional, translationsInto, type LocalizedText } from '../i18n/content';
import { publicUpdateStates } from '../updates/states';
import { publicName } from './identity';
import { loadPublicRedactor, type Redact } from './redaction';


const citationSelect = {
  id: true,
  field: true,
  note: true,
  quote: { select: { id: true, text: true, document: { select: { slug: true, title: true } } } },
} as const;

/** The directory: every case with its current status and campaign. */
export async function listCases(locale: string) {
  const cases = await db.case.findMany({
    orderBy: [{ campaign: { position: 'asc' } }, { kind: 'desc' }, { name: 'asc' }],
    select: {
      slug: true,
      kind: true,
      name: true,
      identityProtected: true,
      role: true,
      status: true,
      releaseKind: true,
      statusSince: true,
      statusSincePrecision: true,
      campaign: { select: { slug: true, title: true, language: true, translations: translationsInto(locale) } },
      counts: { select: { count: true, qualifier: true }, orderBy: { position: 'desc' }, take: 1 },
    },
  });
  return cases.map(({ name, identityProtected, counts, campaign, ...rest }) => ({
    ...rest,
    name: publicName({ name, identityProtected }),
    campaign: { slug: campaign.slug, title: localize(campaign.title, campaign.language, campaign.translations, 'title', locale) },
    latestCount: counts[0] ?? null,
  }));
}

/** Everything the case page shows; null when there is no such case. */
export async function getCaseBySlug(slug: string, locale: string) {
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
      members: { select: { slug: true, name: true, identityProtected: true, status: true }, orderBy: { name: 'asc' } },
      aliases: { select: { alias: true }, orderBy: { alias: 'asc' } },
      citations: { select: citationSelect },
      counts: {
        orderBy: { position: 'asc' },
        select: { id: true, count: true, qualifier: true, asOf: true, asOfPrecision: true, citations: { select: citationSelect } },
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
          citations: { select: citationSelect },
        },
      },
    },
  });
  if (!found) return null;
  const redact = await loadPublicRedactor();
  const { name, identityProtected, photoUrl, aliases, group, members, language, translations, campaign, updates, ...rest } = found;
  const shown = (value: LocalizedText): LocalizedText => ({ ...value, text: redact(value.text) });
  const text = (value: string | null, field: string) => {
    const localized = localizeOptional(value, language, translations, field, locale);
    return localized && shown(localized);
  };
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
      title: shown(localize(title, updateLanguage, updateTranslations, 'title', locale)),
      body: shown(localize(body, updateLanguage, updateTranslations, 'body', locale)),
      corrects: corrects && { ...corrects, title: redact(corrects.title), body: redact(corrects.body) },
      citations: redactCitations(citations, redact),
    })),
    name: publicName({ name, identityProtected }),
    identityProtected,
    photoUrl: identityProtected ? null : photoUrl,
    aliases: identityProtected ? [] : aliases.map((a) => a.alias),
    group: group && { slug: group.slug, name: publicName(group) },
    members: members.map((member) => ({ slug: member.slug, status: member.status, name: publicName(member) })),
  };
}

type CitationRow = { quote: { text: string } };

/** Quotes shown publicly never name a protected person. */
export function redactCitations<T extends CitationRow>(citations: T[], redact: Redact): T[] {
  return citations.map((citation) => ({ ...citation, quote: { ...citation.quote, text: redact(citation.quote.text) } }));
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCaseBySlug>>>;
export type CaseCitation = CaseDetail['citations'][number];
