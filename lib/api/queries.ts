import 'server-only';
import type { Redact } from '../cases/identity';
import { loadPublicRedactor } from '../cases/redaction';
import type { Prisma } from '../generated/prisma/client';
import { publicName } from '../cases/identity';
import { db } from '../db';
import { pageConditions, pageOrder, splitPage, type PageQuery } from './pagination';
import { ParameterError } from './parameters';
import {
  caseReference,
  caseReferenceSelect,
  optionalPreciseDate,
  optionalTextOf,
  preciseDate,
  publicUpdateSelect,
  publicUpdateStates,
  textOf,
  toPublicUpdate,
} from './public-records';
import type { ApiCase, ApiCaseDetail, ApiDemand, ApiEvent, ApiUpdate } from './schemas';

/** Where the records are served from: links in the data are absolute, to the site that answered. */
type Site = { origin: string };

const caseUrl = (site: Site, slug: string) => `${site.origin}/cases/${encodeURIComponent(slug)}`;

/** A stored link as an absolute URL, or null when it is not one. */
function absoluteUrl(value: string | null, site: Site): string | null {
  if (!value) return null;
  try {
    return new URL(value, site.origin).toString();
  } catch {
    return null;
  }
}

const changedTables = ['Case', 'Campaign', 'Organisation', 'Update', 'Demand', 'ActionEvent'] as const;

/**
 * The latest change to the tables an answer is read from (for Last-Modified). Whole tables, not the matching
 * rows: an update taken back to draft must change it too, although it no longer matches.
 */
export async function lastChangeOf(tables: readonly (typeof changedTables)[number][]): Promise<Date | null> {
  const latest = tables.map((table) => `(SELECT max("updatedAt") FROM "${table}")`).join(', ');
  const [row] = await db.$queryRawUnsafe<{ at: Date | null }[]>(`SELECT GREATEST(${latest}) AS at`);
  return row?.at ? new Date(row.at) : null;
}

async function requireCampaign(slug: string | undefined) {
  if (slug && !(await db.campaign.findUnique({ where: { slug }, select: { id: true } }))) {
    throw new ParameterError('campaign', `campaign “${slug}” is not the slug of a campaign`);
  }
}

const campaignReferenceSelect = { slug: true, title: true, language: true } as const;
const campaignReference = (campaign: { slug: string; title: string; language: string }) => ({
  slug: campaign.slug,
  title: { text: campaign.title, language: campaign.language },
});
const organisationReferenceSelect = { slug: true, name: true } as const;
const countSelect = { count: true, qualifier: true, asOf: true, asOfPrecision: true, position: true } as const;

const caseSelect = {
  id: true,
  slug: true,
  kind: true,
  name: true,
  identityProtected: true,
  photoUrl: true,
  summary: true,
  role: true,
  charges: true,
  sentence: true,
  placeOfDetention: true,
  letterAddress: true,
  language: true,
  status: true,
  releaseKind: true,
  statusSince: true,
  statusSincePrecision: true,
  flags: true,
  updatedAt: true,
  aliases: { select: { alias: true }, orderBy: { alias: 'asc' } },
  campaign: { select: campaignReferenceSelect },
  organisation: { select: organisationReferenceSelect },
  group: { select: caseReferenceSelect },
  counts: { select: countSelect, orderBy: { position: 'desc' }, take: 1 },
} satisfies Prisma.CaseSelect;

type CaseRow = Prisma.CaseGetPayload<{ select: typeof caseSelect }>;
type CountRow = CaseRow['counts'][number];

const toCount = (count: CountRow) => ({
  count: count.count,
  qualifier: count.qualifier,
  asOf: optionalPreciseDate(count.asOf, count.asOfPrecision),
});

function toApiCase(row: CaseRow, site: Site, redact: Redact): ApiCase {
  const text = (value: string | null) => optionalTextOf(value, row.language, redact);
  const latestCount = row.counts.reduce<CountRow | null>((latest, count) => (!latest || count.position > latest.position ? count : latest), null);
  return {
    id: row.id,
    slug: row.slug,
    url: caseUrl(site, row.slug),
    kind: row.kind,
    name: publicName(row),
    identityProtected: row.identityProtected,
    aliases: row.identityProtected ? [] : row.aliases.map((a) => a.alias),
    photoUrl: row.identityProtected ? null : absoluteUrl(row.photoUrl, site),
    summary: text(row.summary),
    role: text(row.role),
    charges: text(row.charges),
    sentence: text(row.sentence),
    placeOfDetention: text(row.placeOfDetention),
    letterAddress: text(row.letterAddress),
    status: row.status,
    releaseKind: row.releaseKind,
    statusSince: optionalPreciseDate(row.statusSince, row.statusSincePrecision),
    flags: row.flags,
    campaign: campaignReference(row.campaign),
    organisation: row.organisation,
    group: row.group && caseReference(row.group),
    latestCount: latestCount && toCount(latestCount),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type CaseFilters = PageQuery & { campaign?: string; status?: CaseRow['status'] };

export async function listCases({ campaign, status, ...page }: CaseFilters, site: Site) {
  const redact = await loadPublicRedactor();
  await requireCampaign(campaign);
  const [rows, lastModified] = await Promise.all([
    db.case.findMany({
      where: { AND: [...(campaign ? [{ campaign: { slug: campaign } }] : []), ...(status ? [{ status }] : []), ...pageConditions(page)] },
      orderBy: [...pageOrder],
      take: page.limit + 1,
      select: caseSelect,
    }),
    lastChangeOf(['Case', 'Campaign', 'Organisation']),
  ]);
  const { rows: pageRows, nextCursor } = splitPage(rows, page.limit);
  return { items: pageRows.map((row) => toApiCase(row, site, redact)), nextCursor, lastModified };
}

/** Every case, for the CSV export. */
export async function allCases(site: Site) {
  const redact = await loadPublicRedactor();
  const [rows, lastModified] = await Promise.all([
    db.case.findMany({ orderBy: { slug: 'asc' }, select: caseSelect }),
    lastChangeOf(['Case', 'Campaign', 'Organisation']),
  ]);
  return { items: rows.map((row) => toApiCase(row, site, redact)), lastModified };
}

export async function getCase(slug: string, site: Site): Promise<{ item: ApiCaseDetail; lastModified: Date | null } | null> {
  const redact = await loadPublicRedactor();
  const [row, lastModified] = await Promise.all([
    db.case.findUnique({
      where: { slug },
      select: {
        ...caseSelect,
        counts: { select: countSelect, orderBy: { position: 'asc' } },
        members: { select: { ...caseReferenceSelect, status: true }, orderBy: { slug: 'asc' } },
      },
    }),
    lastChangeOf(['Case', 'Campaign', 'Organisation']),
  ]);
  if (!row) return null;
  return {
    item: {
      ...toApiCase(row, site, redact),
      counts: row.counts.map(toCount),
      members: row.members.map((member) => ({ ...caseReference(member), status: member.status })),
    },
    lastModified,
  };
}

type UpdateFilters = PageQuery & { case?: string };

export async function listUpdates({ case: caseSlug, ...page }: UpdateFilters, site: Site) {
  const redact = await loadPublicRedactor();
  if (caseSlug && !(await db.case.findUnique({ where: { slug: caseSlug }, select: { id: true } }))) {
    throw new ParameterError('case', `case “${caseSlug}” is not the slug of a case`);
  }
  const [rows, lastModified] = await Promise.all([
    db.update.findMany({
      where: { AND: [{ state: { in: [...publicUpdateStates] } }, ...(caseSlug ? [{ case: { slug: caseSlug } }] : []), ...pageConditions(page)] },
      orderBy: [...pageOrder],
      take: page.limit + 1,
      select: publicUpdateSelect,
    }),
    lastChangeOf(['Update', 'Case']),
  ]);
  const { rows: pageRows, nextCursor } = splitPage(rows, page.limit);
  const items = pageRows.map((row): ApiUpdate => {
    const { case: subject, publishedAt, updatedAt, ...update } = toPublicUpdate(row, redact);
    return {
      ...update,
      url: caseUrl(site, subject.slug),
      case: { id: subject.id, slug: subject.slug, name: subject.name },
      publishedAt: publishedAt?.toISOString() ?? null,
      updatedAt: updatedAt.toISOString(),
    };
  });
  return { items, nextCursor, lastModified };
}

const linkedCasesSelect = { select: { case: { select: caseReferenceSelect } }, orderBy: { case: { slug: 'asc' } } } as const;

type DemandFilters = PageQuery & { campaign?: string; status?: ApiDemand['status'] };

export async function listDemands({ campaign, status, ...page }: DemandFilters) {
  const redact = await loadPublicRedactor();
  await requireCampaign(campaign);
  const [rows, lastModified] = await Promise.all([
    db.demand.findMany({
      where: { AND: [...(campaign ? [{ campaign: { slug: campaign } }] : []), ...(status ? [{ status }] : []), ...pageConditions(page)] },
      orderBy: [...pageOrder],
      take: page.limit + 1,
      select: {
        id: true,
        slug: true,
        kind: true,
        text: true,
        language: true,
        status: true,
        progressNote: true,
        issuedOn: true,
        issuedOnPrecision: true,
        position: true,
        updatedAt: true,
        issuedBy: { select: organisationReferenceSelect },
        campaign: { select: campaignReferenceSelect },
        cases: linkedCasesSelect,
      },
    }),
    lastChangeOf(['Demand', 'Case', 'Campaign', 'Organisation']),
  ]);
  const { rows: pageRows, nextCursor } = splitPage(rows, page.limit);
  const items = pageRows.map((row): ApiDemand => {
    const people = row.cases.map((link) => link.case);
    return {
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      text: textOf(row.text, row.language, redact),
      status: row.status,
      progressNote: optionalTextOf(row.progressNote, row.language, redact),
      issuedOn: preciseDate(row.issuedOn, row.issuedOnPrecision),
      issuedBy: row.issuedBy,
      campaign: campaignReference(row.campaign),
      position: row.position,
      cases: people.map(caseReference),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
  return { items, nextCursor, lastModified };
}

type EventFilters = PageQuery & { campaign?: string };

export async function listEvents({ campaign, ...page }: EventFilters, site: Site) {
  const redact = await loadPublicRedactor();
  await requireCampaign(campaign);
  const [rows, lastModified] = await Promise.all([
    db.actionEvent.findMany({
      where: { AND: [...(campaign ? [{ campaign: { slug: campaign } }] : []), ...pageConditions(page)] },
      orderBy: [...pageOrder],
      take: page.limit + 1,
      select: {
        id: true,
        slug: true,
        kind: true,
        title: true,
        description: true,
        language: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        allDay: true,
        datePrecision: true,
        city: true,
        country: true,
        venue: true,
        onlineUrl: true,
        cancelled: true,
        updatedAt: true,
        organiser: { select: organisationReferenceSelect },
        campaign: { select: campaignReferenceSelect },
        cases: linkedCasesSelect,
        demands: { select: { demand: { select: { id: true, slug: true } } }, orderBy: { demand: { slug: 'asc' } } },
      },
    }),
    lastChangeOf(['ActionEvent', 'Case', 'Campaign', 'Organisation', 'Demand']),
  ]);
  const { rows: pageRows, nextCursor } = splitPage(rows, page.limit);
  const items = pageRows.map((row): ApiEvent => {
    const people = row.cases.map((link) => link.case);
    return {
      id: row.id,
      slug: row.slug,
      url: `${site.origin}/events/${encodeURIComponent(row.slug)}`,
      kind: row.kind,
      title: textOf(row.title, row.language, redact),
      description: optionalTextOf(row.description, row.language, redact),
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt?.toISOString() ?? null,
      timeZone: row.timeZone,
      allDay: row.allDay,
      datePrecision: row.datePrecision,
      city: row.city,
      country: row.country,
      venue: optionalTextOf(row.venue, row.language, redact),
      onlineUrl: absoluteUrl(row.onlineUrl, site),
      cancelled: row.cancelled,
      organiser: row.organiser,
      campaign: campaignReference(row.campaign),
      cases: people.map(caseReference),
      demands: row.demands.map((link) => link.demand),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
  return { items, nextCursor, lastModified };
}
