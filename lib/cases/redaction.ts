import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { redactorFor, type Redact } from './identity';

export type { Redact };

/**
 * The redactor for public texts that quote the documents (source texts, quotes, update bodies): the names and
 * aliases of every case whose identity is protected never reach a visitor. Loaded once per request.
 */
export const loadPublicRedactor = cache(async (): Promise<Redact> => redactorFor(await protectedPeople()));

/** The names and aliases of every case whose identity is protected. */
export async function protectedPeople(): Promise<{ caseId: string; name: string; aliases: string[] }[]> {
  const protectedCases = await db.case.findMany({
    where: { identityProtected: true },
    select: { id: true, name: true, aliases: { select: { alias: true } } },
  });
  return protectedCases.map((c) => ({ caseId: c.id, name: c.name, aliases: c.aliases.map((a) => a.alias) }));
}
