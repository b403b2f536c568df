import 'server-only';
import { loadPublicRedactor } from '../cases/redaction';
import { lastChangeOf } from '../api/queries';
import { caseReference, caseReferenceSelect, publicUpdateSelect, publicUpdateStates, toPublicUpdate } from '../api/public-records';
import { db } from '../db';

const feedLength = 50;

const latestPublishedFirst = [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] as const;

/** The most recently published updates of all cases (retracted ones stay, marked, without their text). */
export async function latestUpdatesFeed() {
  const redact = await loadPublicRedactor();
  const [rows, lastModified] = await Promise.all([
    db.update.findMany({
      where: { state: { in: [...publicUpdateStates] } },
      orderBy: [...latestPublishedFirst],
      take: feedLength,
      select: publicUpdateSelect,
    }),
    lastChangeOf(['Update', 'Case']),
  ]);
  return { updates: rows.map((row) => toPublicUpdate(row, redact)), lastModified };
}

/** One case's most recently published updates; null when there is no such case. */
export async function caseUpdatesFeed(slug: string) {
  const redact = await loadPublicRedactor();
  const [found, lastModified] = await Promise.all([
    db.case.findUnique({
      where: { slug },
      select: {
        ...caseReferenceSelect,
        updatedAt: true,
        updates: {
          where: { state: { in: [...publicUpdateStates] } },
          orderBy: [...latestPublishedFirst],
          take: feedLength,
          select: publicUpdateSelect,
        },
      },
    }),
    lastChangeOf(['Update', 'Case']),
  ]);
  if (!found) return null;
  return { case: { ...caseReference(found), updatedAt: found.updatedAt }, updates: found.updates.map((row) => toPublicUpdate(row, redact)), lastModified };
}
