import 'server-only';
import { z } from 'zod';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { isStorableText } from '../validation/storable-text';

export const auditPageSize = 50;

/** The actor filter's value for entries no person made (sign-outs of expired sessions, jobs…). */
export const systemActor = 'system';

export type AuditFilters = {
  /** An action or its beginning: "case." matches "case.create" and "case.update". */
  action?: string;
  /** A user id, or `systemActor`. */
  actor?: string;
  entityType?: string;
  entityId?: string;
  /** First day included, at 00:00 UTC. */
  from?: Date;
  /** Last day included. */
  to?: Date;
};

type Cursor = { at: Date; id: string };
type SearchParams = Record<string, string | string[] | undefined>;

const day = 24 * 60 * 60 * 1000;
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
// Text PostgreSQL cannot compare (a NUL) is no usable filter either: dropped like the rest.
const optionalText = (max: number) => z.preprocess(firstValue, z.string().trim().min(1).max(max).refine(isStorableText)).optional().catch(undefined);
const utcDay = z.preprocess(
  firstValue,
  z.iso.date().transform((date) => new Date(`${date}T00:00:00Z`)),
).optional().catch(undefined);

/** "<ISO instant>~<id>" of the last entry shown: the next page starts just after it. */
const cursorParam = z
  .preprocess(firstValue, z.string().max(100).regex(/^[^~]+~[A-Za-z0-9_-]+$/))
  .transform((value): Cursor => {
    const [at, id] = value.split('~') as [string, string];
    return { at: new Date(at), id };
  })
  .refine((cursor) => !Number.isNaN(cursor.at.getTime()))
  .optional()
  .catch(undefined);

const encodeCursor = (entry: Cursor) => `${entry.at.toISOString()}~${entry.id}`;

/**
 * The /admin/audit address: ?action=case.&actor=<user id|system>&entityType=User&entityId=…&from=2026-01-01&to=…&cursor=….
 * Whatever cannot be used (an unknown actor or entity type, a malformed date or cursor) is dropped, never an error.
 */
export function parseAuditParams(params: SearchParams, choices: { actorIds: readonly string[]; entityTypes: readonly string[] }) {
  const schema = z.object({
    action: optionalText(100),
    actor: z.preprocess(firstValue, z.string().refine((actor) => actor === systemActor || choices.actorIds.includes(actor))).optional().catch(undefined),
    entityType: z.preprocess(firstValue, z.string().refine((type) => choices.entityTypes.includes(type))).optional().catch(undefined),
    entityId: optionalText(100),
    from: utcDay,
    to: utcDay,
    cursor: cursorParam,
  });
  const { cursor, ...filters } = schema.parse(params);
  return { filters: filters satisfies AuditFilters, cursor };
}

/** Who has acted and which kinds of entity were changed: the choices of the filter form. */
export async function listAuditFilterChoices() {
  const [actors, entityTypes] = await Promise.all([
    db.user.findMany({ orderBy: { email: 'asc' }, select: { id: true, email: true } }),
    db.auditLog.groupBy({ by: ['entityType'], orderBy: { entityType: 'asc' } }),
  ]);
  return { actors, entityTypes: entityTypes.map((group) => group.entityType) };
}

function whereOf(filters: AuditFilters, cursor: Cursor | undefined): Prisma.AuditLogWhereInput {
  const conditions: Prisma.AuditLogWhereInput[] = [];
  // Prisma passes startsWith to LIKE as it is: `%` and `_` typed in the filter must match only themselves.
  if (filters.action) conditions.push({ action: { startsWith: filters.action.replace(/[\\%_]/g, '\\$&') } });
  if (filters.actor) conditions.push({ actorId: filters.actor === systemActor ? null : filters.actor });
  if (filters.entityType) conditions.push({ entityType: filters.entityType });
  if (filters.entityId) conditions.push({ entityId: filters.entityId });
  if (filters.from) conditions.push({ at: { gte: filters.from } });
  if (filters.to) conditions.push({ at: { lt: new Date(filters.to.getTime() + day) } });
  if (cursor) conditions.push({ OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] });
  return { AND: conditions };
}

type Json = Prisma.JsonValue;
export type AuditChange = { key: string; before: Json | undefined; after: Json | undefined };

const isRecord = (value: Json | null): value is Prisma.JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The keys whose value differs between before and after; a value that is not an object counts as one key. */
export function changedKeys(before: Json | null, after: Json | null): AuditChange[] {
  if (before === null && after === null) return [];
  const beforeRecord = isRecord(before) ? before : before === null ? {} : { value: before };
  const afterRecord = isRecord(after) ? after : after === null ? {} : { value: after };
  const keys = [...new Set([...Object.keys(beforeRecord), ...Object.keys(afterRecord)])];
  return keys
    .filter((key) => JSON.stringify(beforeRecord[key]) !== JSON.stringify(afterRecord[key]))
    .map((key) => ({ key, before: beforeRecord[key], after: afterRecord[key] }));
}

/** The addresses of the users and invitations that entries are about, so the log names them. */
async function entityLabels(entries: { entityType: string; entityId: string | null }[]) {
  const idsOf = (type: string) => [...new Set(entries.filter((entry) => entry.entityType === type && entry.entityId).map((entry) => entry.entityId!))];
  const [users, invitations] = await Promise.all([
    db.user.findMany({ where: { id: { in: idsOf('User') } }, select: { id: true, email: true } }),
    db.invitation.findMany({ where: { id: { in: idsOf('Invitation') } }, select: { id: true, email: true } }),
  ]);
  return new Map([...users, ...invitations].map((row) => [row.id, row.email]));
}

/** One page of the log, newest first, and the cursor of the next (older) page when there is one. */
export async function listAuditEntries(filters: AuditFilters, cursor?: Cursor) {
  const rows = await db.auditLog.findMany({
    where: whereOf(filters, cursor),
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: auditPageSize + 1,
    select: { id: true, at: true, action: true, entityType: true, entityId: true, before: true, after: true, actor: { select: { email: true } } },
  });
  const page = rows.slice(0, auditPageSize);
  const labels = await entityLabels(page);
  return {
    entries: page.map(({ before, after, actor, ...entry }) => ({
      ...entry,
      actorEmail: actor?.email ?? null,
      entityLabel: entry.entityId ? (labels.get(entry.entityId) ?? null) : null,
      changes: changedKeys(before, after),
    })),
    nextCursor: rows.length > auditPageSize ? encodeCursor(page[page.length - 1]!) : null,
  };
}

export type AuditEntry = Awaited<ReturnType<typeof listAuditEntries>>['entries'][number];
