import 'server-only';
import { db } from '../db';
import { publicName } from './identity';

/** A corrected entry is shown through its correction, which links back to it. */
const publicTimelineStates = ['PUBLISHED', 'RETRACTED'] as const;

const citationSelect = {
  id: true,
  field: true,
  note: true,
  quote: { select: { id: true, text: true, document: { select: { slug: true, title: true } } } },
} as const;

/** The directory: every case with its current status and campaign. */
export async function listCases() {
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
      campaign: { select: { slug: true, title: true } },
      counts: { select: { count: true, qualifier: true }, orderBy: { position: 'desc' }, take: 1 },
    },
  });
  return cases.map(({ name, identityProtected, counts, ...rest }) => ({
    ...rest,
    name: publicName({ name, identityProtected }),
    latestCount: counts[0] ?? null,
  }));
}

/** Everything the case page shows; null when there is no such case. */
export async function getCaseBySlug(slug: string) {
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
      organisation: { select: { name: true } },
      campaign: { select: { slug: true, title: true } },
      group: { select: { slug: true, name: true, identityProtected: true } },
      members: { select: { slug: true, name: true, identityProtected: true, status: true }, orderBy: { name: 'asc' } },
      aliases: { select: { alias: true }, orderBy: { alias: 'asc' } },
      citations: { select: citationSelect },
      counts: {
        orderBy: { position: 'asc' },
        select: { id: true, count: true, qualifier: true, asOf: true, asOfPrecision: true, citations: { select: citationSelect } },
      },
      updates: {
        where: { state: { in: [...publicTimelineStates] } },
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
          corrects: { select: { id: true, title: true, body: true } },
          citations: { select: citationSelect },
        },
      },
    },
  });
  if (!found) return null;
  const { name, identityProtected, photoUrl, aliases, group, members, ...rest } = found;
  return {
    ...rest,
    name: publicName({ name, identityProtected }),
    identityProtected,
    photoUrl: identityProtected ? null : photoUrl,
    aliases: identityProtected ? [] : aliases.map((a) => a.alias),
    group: group && { slug: group.slug, name: publicName(group) },
    members: members.map((member) => ({ slug: member.slug, status: member.status, name: publicName(member) })),
  };
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCaseBySlug>>>;
export type CaseCitation = CaseDetail['citations'][number];
