import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';

type Client = Pick<typeof db, 'auditLog'> | Prisma.TransactionClient;

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Appends to the audit log; pass the transaction client so the entry commits with the change it records. */
export async function audit(entry: AuditEntry, client: Client = db) {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
