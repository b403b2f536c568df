import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TZDate } from '@date-fns/tz';
import type { Prisma } from '../lib/generated/prisma/client';
import { documentContainsQuote, normalizeQuoteText } from './quotes';
import { seedRecordSchema, type ParsedSeedRecord } from './schema';

export const documentsDir = path.join(import.meta.dirname, 'documents');

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'SeedError';
  }
}

const stableId = (prefix: string, ...parts: string[]) =>
  `${prefix}-${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20)}`;

/**
 * Row ids of what can be about a person (cases, their counts and updates) are opaque, so an id never names
 * someone whose identity organizers later protect; the readable seed id becomes the (changeable) slug.
 */
const caseRowId = (seedId: string) => stableId('case', seedId);
const updateRowId = (seedId: string) => stableId('update', seedId);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A wall-clock time ("2012-03-24" or "2012-03-24T18:00") in an IANA zone, as an instant. */
export function zonedToInstant(local: string, timeZone: string): Date {
  const [datePart, timePart = '00:00'] = local.split('T') as [string, string?];
  const [y, m, d] = datePart.split('-').map(Number) as [number, number, number];
  const [hh, mm] = timePart.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}

function nextDay(local: string): string {
  const date = day(local.slice(0, 10));
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

type Subject = 'campaignId' | 'caseId' | 'countId' | 'updateId' | 'demandId' | 'eventId';
type CiteSeed = ParsedSeedRecord['cases'][number]['cite'][number];

export type SeedRows = {
  organisations: Prisma.OrganisationCreateManyInput[];
  documents: Prisma.SourceDocumentCreateManyInput[];
  documentIssuers: Prisma.SourceDocumentIssuerCreateManyInput[];
  quotes: Prisma.QuoteCreateManyInput[];
  campaigns: Prisma.CampaignCreateManyInput[];
  cases: Prisma.CaseCreateManyInput[];
  aliases: Prisma.CaseAliasCreateManyInput[];
  counts: Prisma.CaseCountCreateManyInput[];
  updates: Prisma.UpdateCreateManyInput[];
  demands: Prisma.DemandCreateManyInput[];
  demandCases: Prisma.DemandCaseCreateManyInput[];
  events: Prisma.ActionEventCreateManyInput[];
  eventCases: Prisma.EventCaseCreateManyInput[];
  eventDemands: Prisma.EventDemandCreateManyInput[];
  citations: Prisma.CitationCreateManyInput[];
};

export function readDocumentText(file: string): string {
  return readFileSync(path.join(documentsDir, file), 'utf8');
}

/**
 * Checks the reviewed seed record against its documents and turns it into rows with stable ids.
 * Throws SeedError naming every entry whose quote is not in its document or whose reference is unknown.
 */
export function buildSeedRows(input: unknown, readDocument: (file: string) => string = readDocumentText): SeedRows {
  const parsed = seedRecordSchema.safeParse(input);
  if (!parsed.success) {
    throw new SeedError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const record = parsed.data;
  const problems: string[] = [];
  const ids = (list: { id: string }[]) => new Set(list.map((item) => item.id));
  const known = {
    organisation: ids(record.organisations),
    document: ids(record.documents),
    campaign: ids(record.campaigns),
    case: ids(record.cases),
    demand: ids(record.demands),
  };
  const requireKnown = (kind: keyof typeof known, id: string | undefined, where: string) => {
    if (id !== undefined && !known[kind].has(id)) problems.push(`${where}: unknown ${kind} "${id}"`);
  };

  const bodies = new Map<string, string>();
  const documentDates = new Map<string, Date>();
  const rows: SeedRows = {
    organisations: record.organisations.map(({ id, name, aliases, country }) => ({ id, slug: id, name, aliases, country })),
    documents: [],
    documentIssuers: [],
    quotes: [],
    campaigns: [],
    cases: [],
    aliases: [],
    counts: [],
    updates: [],
    demands: [],
    demandCases: [],
    events: [],
    eventCases: [],
    eventDemands: [],
    citations: [],
  };

  for (const doc of record.documents) {
    let body = '';
    try {
      body = readDocument(doc.file);
    } catch {
      problems.push(`documents[${doc.id}]: cannot read seeds/documents/${doc.file}`);
    }
    bodies.set(doc.id, body);
    documentDates.set(doc.id, day(doc.issuedOn));
    rows.documents.push({
      id: doc.id,
      slug: doc.id,
      title: doc.title,
      language: doc.language,
      issuedOn: day(doc.issuedOn),
      issuedOnPrecision: doc.issuedOnPrecision,
      fileName: doc.file,
      body,
      summary: doc.summary,
    });
    doc.issuers.forEach((organisationId, position) => {
      requireKnown('organisation', organisationId, `documents[${doc.id}].issuers`);
      rows.documentIssuers.push({ documentId: doc.id, organisationId, position });
    });
  }

  const quoteIds = new Map<string, string>();
  const cite = (cites: CiteSeed[], subject: Subject, subjectId: string, where: string) => {
    cites.forEach((citation, index) => {
      const entry = `${where}.cite[${index}] (${citation.field})`;
      const body = bodies.get(citation.doc);
      if (body === undefined) return problems.push(`${entry}: unknown document "${citation.doc}"`);
      if (!documentContainsQuote(body, citation.quote)) {
        return problems.push(`${entry}: quote not found in ${citation.doc}: "${citation.quote.slice(0, 80)}"`);
      }
      const text = normalizeQuoteText(citation.quote);
      const key = `${citation.doc}\u0000${text}`;
      let quoteId = quoteIds.get(key);
      if (!quoteId) {
        quoteId = stableId('quote', citation.doc, text);
        quoteIds.set(key, quoteId);
        rows.quotes.push({ id: quoteId, documentId: citation.doc, text });
      }
      rows.citations.push({
        id: stableId('cite', subject, subjectId, citation.field, quoteId),
        quoteId,
        field: citation.field,
        note: citation.note,
        [subject]: subjectId,
      });
    });
  };
  const latestDocumentDate = (cites: CiteSeed[]) =>
    new Date(Math.max(...cites.map((c) => documentDates.get(c.doc)?.getTime() ?? 0)));

  record.campaigns.forEach((campaign, position) => {
    rows.campaigns.push({
      id: campaign.id,
      slug: campaign.id,
      title: campaign.title,
      summary: campaign.summary,
      startedOn: campaign.startedOn ? day(campaign.startedOn) : undefined,
      startedOnPrecision: campaign.startedOnPrecision,
      position,
    });
    cite(campaign.cite, 'campaignId', campaign.id, `campaigns[${campaign.id}]`);
  });

  for (const seedCase of record.cases) {
    const where = `cases[${seedCase.id}]`;
    requireKnown('campaign', seedCase.campaign, where);
    requireKnown('organisation', seedCase.organisation, where);
    requireKnown('case', seedCase.group, where);
    const statusUpdates = record.updates
      .map((update, order) => ({ update, order }))
      .filter(({ update }) => update.case === seedCase.id && update.status)
      .sort((a, b) => a.update.occurredOn.localeCompare(b.update.occurredOn) || a.order - b.order);
    const current = statusUpdates.at(-1)?.update;
    if (!current?.status) {
      problems.push(`${where}: no update sets its status, so its status would have no source`);
      continue;
    }
    rows.cases.push({
      id: caseRowId(seedCase.id),
      slug: seedCase.id,
      kind: seedCase.kind,
      name: seedCase.name,
      identityProtected: seedCase.identityProtected,
      summary: seedCase.summary,
      role: seedCase.role,
      organisationId: seedCase.organisation,
      campaignId: seedCase.campaign,
      groupId: seedCase.group && caseRowId(seedCase.group),
      placeOfDetention: seedCase.placeOfDetention,
      charges: seedCase.charges,
      sentence: seedCase.sentence,
      status: current.status,
      releaseKind: current.releaseKind,
      statusSince: day(current.occurredOn),
      statusSincePrecision: current.occurredOnPrecision,
    });
    cite(seedCase.cite, 'caseId', caseRowId(seedCase.id), where);
    for (const { alias, language } of seedCase.aliases) {
      rows.aliases.push({ id: stableId('alias', seedCase.id, alias), caseId: caseRowId(seedCase.id), alias, language });
    }
    seedCase.counts.forEach((count, position) => {
      const id = stableId('count', seedCase.id, String(position));
      rows.counts.push({
        id,
        caseId: caseRowId(seedCase.id),
        count: count.count,
        qualifier: count.qualifier,
        asOf: count.asOf ? day(count.asOf) : undefined,
        asOfPrecision: count.asOfPrecision,
        position,
      });
      cite(count.cite, 'countId', id, `${where}.counts[${position}]`);
    });
  }

  for (const update of record.updates) {
    const where = `updates[${update.id}]`;
    requireKnown('case', update.case, where);
    rows.updates.push({
      id: updateRowId(update.id),
      caseId: caseRowId(update.case),
      title: update.title,
      body: update.body,
      language: 'fr',
      occurredOn: day(update.occurredOn),
      occurredOnPrecision: update.occurredOnPrecision,
      state: 'PUBLISHED',
      status: update.status,
      releaseKind: update.releaseKind,
      publishedAt: latestDocumentDate(update.cite),
    });
    cite(update.cite, 'updateId', updateRowId(update.id), where);
  }

  for (const demand of record.demands) {
    const where = `demands[${demand.id}]`;
    requireKnown('organisation', demand.issuedBy, where);
    requireKnown('campaign', demand.campaign, where);
    requireKnown('document', demand.doc, where);
    const issuedOn = record.documents.find((doc) => doc.id === demand.doc);
    rows.demands.push({
      id: demand.id,
      slug: demand.id,
      kind: demand.kind,
      text: demand.text,
      language: issuedOn?.language ?? 'fr',
      issuedById: demand.issuedBy,
      campaignId: demand.campaign,
      issuedOn: day(issuedOn?.issuedOn ?? '1970-01-01'),
      issuedOnPrecision: issuedOn?.issuedOnPrecision ?? 'DAY',
      position: demand.position,
      status: demand.status,
    });
    for (const caseId of demand.cases) {
      requireKnown('case', caseId, where);
      rows.demandCases.push({ demandId: demand.id, caseId: caseRowId(caseId) });
    }
    cite(demand.cite, 'demandId', demand.id, where);
  }

  for (const event of record.events) {
    const where = `events[${event.id}]`;
    requireKnown('campaign', event.campaign, where);
    requireKnown('organisation', event.organiser, where);
    const endLocal = event.endsAt && event.allDay ? nextDay(event.endsAt) : event.endsAt;
    rows.events.push({
      id: event.id,
      slug: event.id,
      kind: event.kind,
      title: event.title,
      description: event.description,
      startsAt: zonedToInstant(event.startsAt, event.timeZone),
      endsAt: endLocal ? zonedToInstant(endLocal, event.timeZone) : undefined,
      timeZone: event.timeZone,
      allDay: event.allDay,
      datePrecision: event.datePrecision,
      city: event.city,
      country: event.country,
      venue: event.venue,
      organiserId: event.organiser,
      campaignId: event.campaign,
    });
    for (const caseId of event.cases) {
      requireKnown('case', caseId, where);
      rows.eventCases.push({ eventId: event.id, caseId: caseRowId(caseId) });
    }
    for (const demandId of event.demands) {
      requireKnown('demand', demandId, where);
      rows.eventDemands.push({ eventId: event.id, demandId });
    }
    cite(event.cite, 'eventId', event.id, where);
  }

  if (problems.length) throw new SeedError(problems);
  return rows;
}

export function seedChecksum(rows: SeedRows): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}
