import type { AcceptInput } from './accept.schema';
import type { Proposals } from './extract';

/**
 * The review as it starts: every demand accepted (the lists are what a statement asks for), every person, new name
 * and date left for the organizer to accept. A date is offered to the draft on the person named in its sentence.
 */
export function reviewDefaults(documentId: string, campaignId: string, proposals: Proposals): AcceptInput {
  const dated = new Set<string>();
  return {
    documentId,
    campaignId,
    publishDocument: true,
    demands: proposals.demands.map((demand) => ({ accepted: true, ...demand })),
    people: proposals.people.map((person) => ({ accepted: false, caseId: person.caseId, name: person.name, title: person.name, quote: person.quote })),
    candidates: proposals.candidates.map((candidate) => ({ accepted: false, ...candidate })),
    dates: proposals.dates.map((date) => {
      const person = proposals.people.find((candidate) => candidate.quote === date.quote && !dated.has(candidate.caseId));
      if (person) dated.add(person.caseId);
      return { accepted: false, ...date, caseId: person?.caseId ?? '' };
    }),
  };
}
