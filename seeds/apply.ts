import type { Db } from '../lib/prisma-client';
import { seedRecord } from './record';
import { buildSeedRows, seedChecksum, type SeedRows } from './build';

const SEED_RUN_ID = 'documents';

/**
 * Inserts the seed rows that are missing, in one transaction. Rows that exist (same stable id) are left
 * untouched, so running it again changes nothing and never overwrites what organizers edited.
 */
export async function applySeed(db: Db, rows: SeedRows = buildSeedRows(seedRecord)): Promise<number> {
  return db.$transaction(
    async (tx) => {
      // In foreign-key order; groups before their members, whose groupId points at them.
      const groupsFirst = [...rows.cases].sort((a, b) => Number(Boolean(a.groupId)) - Number(Boolean(b.groupId)));
      const inserts = [
        () => tx.organisation.createMany({ data: rows.organisations, skipDuplicates: true }),
        () => tx.sourceDocument.createMany({ data: rows.documents, skipDuplicates: true }),
        () => tx.sourceDocumentIssuer.createMany({ data: rows.documentIssuers, skipDuplicates: true }),
        () => tx.quote.createMany({ data: rows.quotes, skipDuplicates: true }),
        () => tx.campaign.createMany({ data: rows.campaigns, skipDuplicates: true }),
        () => tx.case.createMany({ data: groupsFirst, skipDuplicates: true }),
        () => tx.caseAlias.createMany({ data: rows.aliases, skipDuplicates: true }),
        () => tx.caseCount.createMany({ data: rows.counts, skipDuplicates: true }),
        () => tx.update.createMany({ data: rows.updates, skipDuplicates: true }),
        () => tx.demand.createMany({ data: rows.demands, skipDuplicates: true }),
        () => tx.demandCase.createMany({ data: rows.demandCases, skipDuplicates: true }),
        () => tx.actionEvent.createMany({ data: rows.events, skipDuplicates: true }),
        () => tx.eventCase.createMany({ data: rows.eventCases, skipDuplicates: true }),
        () => tx.eventDemand.createMany({ data: rows.eventDemands, skipDuplicates: true }),
        () => tx.citation.createMany({ data: rows.citations, skipDuplicates: true }),
      ];
      let inserted = 0;
      for (const insert of inserts) inserted += (await insert()).count;
      await tx.seedRun.createMany({ data: [{ id: SEED_RUN_ID, checksum: seedChecksum(rows) }], skipDuplicates: true });
      return inserted;
    },
    { timeout: 60_000 },
  );
}

/** Start-up seeds only a database that has never been seeded. */
export async function hasBeenSeeded(db: Db): Promise<boolean> {
  return (await db.seedRun.count()) > 0;
}
