import type { CaseKind, CaseStatus, CountQualifier } from '../generated/prisma/enums';

/** A case a demand concerns, as far as its progress goes. */
export type ConcernedCase = {
  id: string;
  kind: CaseKind;
  status: CaseStatus;
  groupId: string | null;
  latestCount: { count: number; qualifier: CountQualifier } | null;
};

export type PeopleCount = { count: number; qualifier: CountQualifier };

/** How many of the people a demand concerns are released; `concerned` is null when a group's size is unknown. */
export type DemandProgress = { released: PeopleCount; concerned: PeopleCount | null };

/** Sums counts, keeping how they are stated: "more than 2 000" and 1 make "more than 2 001". */
function sum(counts: PeopleCount[]): PeopleCount {
  const inexact = new Set(counts.map((c) => c.qualifier).filter((qualifier) => qualifier !== 'EXACT'));
  const qualifier: CountQualifier = inexact.size === 0 ? 'EXACT' : inexact.size === 1 ? [...inexact][0]! : 'ABOUT';
  return { count: counts.reduce((total, c) => total + c.count, 0), qualifier };
}

const one: PeopleCount = { count: 1, qualifier: 'EXACT' };

/**
 * Released people out of the people a demand concerns, from its linked cases: a group counts as its latest
 * count, a person as one; released means status RELEASED. A member of a linked group is already in the
 * group's count, so it adds to the released only (when it is released and its group is not). Null when the
 * demand concerns no case.
 */
export function demandProgress(cases: ConcernedCase[]): DemandProgress | null {
  if (cases.length === 0) return null;
  const byId = new Map(cases.map((c) => [c.id, c]));
  const concerned: PeopleCount[] = [];
  const released: PeopleCount[] = [];
  let sizeUnknown = false;
  for (const c of cases) {
    const group = c.groupId ? byId.get(c.groupId) : undefined;
    if (group) {
      if (c.status === 'RELEASED' && group.status !== 'RELEASED') released.push(one);
      continue;
    }
    const people = c.kind === 'PERSON' ? one : c.latestCount;
    if (!people) {
      sizeUnknown = true;
      continue;
    }
    concerned.push(people);
    if (c.status === 'RELEASED') released.push(people);
  }
  return { released: sum(released), concerned: sizeUnknown ? null : sum(concerned) };
}
