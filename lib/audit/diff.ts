import type { Prisma } from '../generated/prisma/client';

/** A record as the audit log stores it (dates become ISO strings). */
export function asJson(value: Record<string, unknown>): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
}

/** The fields that differ, before and after, for an audit entry. */
export function auditDiff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const [was, is] = [asJson(before), asJson(after)];
  const changed = [...new Set([...Object.keys(was), ...Object.keys(is)])].filter((key) => JSON.stringify(was[key]) !== JSON.stringify(is[key]));
  const pick = (record: Prisma.InputJsonObject) => Object.fromEntries(changed.map((key) => [key, record[key] ?? null]));
  return { before: pick(was), after: pick(is) };
}
