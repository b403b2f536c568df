import 'server-only';
import { db } from '../db';
import type { KnownCase } from './extract';

/** Every case's name and aliases, to recognise the people a statement names. */
export async function listKnownCases(): Promise<KnownCase[]> {
  const cases = await db.case.findMany({ select: { id: true, name: true, aliases: { select: { alias: true } } }, orderBy: { name: 'asc' } });
  return cases.map((known) => ({ caseId: known.id, names: [known.name, ...known.aliases.map((alias) => alias.alias)] }));
}

