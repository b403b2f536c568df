import 'server-only';
import { citationSelect, publicCitationWhere } from '../cases/queries';
import { byPublicName, publicName, type Redact } from '../cases/identity';
import { redactCitations } from '../cases/queries';
import { loadPublicRedactor } from '../cases/redaction';
import { redactOptionalText, redactText } from '../i18n/content';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { localize, localizeOptional, translationsInto } from '../i18n/content';
import { demandProgress } from './progress';

const demandSelect = (locale: string) =>
  ({
    id: true,
    slug: true,
    kind: true,
    text: true,
    language: true,
    status: true,
    progressNote: true,
    position: true,
    issuedOn: true,
    issuedOnPrecision: true,
    issuedBy: { select: { slug: true, name: true } },
    translations: translationsInto(locale),
    citations: {
      where: publicCitationWhere,
      select: {
        ...citationSelect,
        quote: {
          select: {
            ...citationSelect.quote.select,
            document: { select: { ...citationSelect.quote.select.document.select, language: true, issuedOn: true } },
          },
        },
      },
    },
    cases: {
      select: {
        case: {
          select: {
            id: true,
            slug: true,
            kind: true,
            name: true,
            identityProtected: true,
            status: true,
            groupId: true,
            counts: { select: { count: true, qualifier: true }, orderBy: { position: 'desc' }, take: 1 },
          },
        },
      },
    },
  }) satisfies Prisma.DemandSelect;

type DemandRow = Prisma.DemandGetPayload<{ select: ReturnType<typeof demandSelect> }>;

/** The statement a demand was issued in: the earliest document that quotes its text. */
function issuingDocument(demand: DemandRow, redact: Redact) {
  const documents = demand.citations.filter((c) => c.field === 'text').map((c) => c.quote.document);
  documents.sort((a, b) => a.issuedOn.getTime() - b.issuedOn.getTime());
  const first = documents[0];
  return first ? { slug: first.slug, title: redact(first.title), language: first.language } : null;
}

function toDemand(demand: DemandRow, locale: string, redact: Redact) {
  const cases = demand.cases.map(({ case: c }) => ({
    id: c.id,
    slug: c.slug,
    kind: c.kind,
    name: publicName(c),
    status: c.status,
    groupId: c.groupId,
    latestCount: c.counts[0] ?? null,
  }));
  return {
    slug: demand.slug,
    kind: demand.kind,
    status: demand.status,
    text: redactText(localize(demand.text, demand.language, demand.translations, 'text', locale), redact),
    progressNote: redactOptionalText(localizeOptional(demand.progressNote, demand.language, demand.translations, 'progressNote', locale), redact),
    issuedBy: demand.issuedBy.name,
    issuedOn: demand.issuedOn,
    issuedOnPrecision: demand.issuedOnPrecision,
    document: issuingDocument(demand, redact),
    progress: demandProgress(cases),
    cases: cases.map(({ slug, kind, name, status, latestCount }) => ({ slug, kind, name, status, latestCount })).sort(byPublicName(locale)),
    citations: redactCitations(demand.citations, redact),
  };
}

export type DemandEntry = ReturnType<typeof toDemand>;

export type DemandList = Pick<DemandEntry, 'issuedBy' | 'issuedOn' | 'issuedOnPrecision' | 'document'> & {
  key: string;
  demands: DemandEntry[];
  callsToAction: DemandEntry[];
};

/**
 * Every demand and call to action as issued, grouped by the list it was issued in (an organisation's
 * statement), newest statement first; within a list, demands then calls to action, each in list order.
 */
export async function listDemandLists(locale: string): Promise<DemandList[]> {
  const [rows, redact] = await Promise.all([
    db.demand.findMany({ select: demandSelect(locale), orderBy: [{ kind: 'asc' }, { position: 'asc' }] }),
    loadPublicRedactor(),
  ]);
  const lists = new Map<string, DemandList>();
  for (const row of rows) {
    const demand = toDemand(row, locale, redact);
    const key = `${row.issuedBy.slug}/${demand.document?.slug ?? demand.issuedOn.toISOString().slice(0, 10)}`;
    let list = lists.get(key);
    if (!list) {
      const { issuedBy, issuedOn, issuedOnPrecision, document } = demand;
      list = { key, issuedBy, issuedOn, issuedOnPrecision, document, demands: [], callsToAction: [] };
      lists.set(key, list);
    }
    (demand.kind === 'DEMAND' ? list.demands : list.callsToAction).push(demand);
  }
  return [...lists.values()].sort((a, b) => b.issuedOn.getTime() - a.issuedOn.getTime() || a.key.localeCompare(b.key));
}

/** The demands and calls to action that concern a case, newest first. */
export async function demandsForCase(caseId: string, locale: string) {
  const [rows, redact] = await Promise.all([
    db.demand.findMany({
      where: { cases: { some: { caseId } } },
      select: demandSelect(locale),
      orderBy: [{ issuedOn: 'desc' }, { kind: 'asc' }, { position: 'asc' }],
    }),
    loadPublicRedactor(),
  ]);
  return rows.map((row) => toDemand(row, locale, redact));
}
