import { normalizeSearchText } from '../search/normalize';

/** A case's name and aliases, the spellings it may appear under in a statement. */
export type KnownCase = { caseId: string; names: string[] };

export type DemandProposal = { text: string; quote: string };
export type PersonProposal = { caseId: string; name: string; quote: string };
export type CandidateProposal = { name: string; quote: string };
export type DateProposal = { text: string; date: string; precision: 'DAY' | 'WEEK'; quote: string };

export type Proposals = {
  demands: DemandProposal[];
  people: PersonProposal[];
  candidates: CandidateProposal[];
  dates: DateProposal[];
};

const letter = '\\p{L}';
const wordStart = `(?<!${letter})`;
const wordEnd = `(?!${letter})`;

/**
 * Word beginnings that introduce demands or calls, in French, English and Russian: exige, exigeons, exigences;
 * demande, demandons, demands; revendique, revendications; appelle, appelons; réclamons; требуем, требования;
 * призываем.
 */
const demandIntroduction = new RegExp(`${wordStart}(?:exig|demand|revendiqu|revendicat|appel|r[ée]clam|call(?:s|ing)? (?:on|upon|for)|требу|призыв)`, 'iu');
/** A sentence that ends a list's introduction yet announces it ("Nos revendications sont les suivantes."). */
const announcesList = new RegExp(`${wordStart}(?:suivant|following|follows|ci-dessous|below|следующ|ниже)`, 'iu');
/** A bullet (-, *, •, –, —) or a number or letter (1. 1) (1) a) (a)) then the item's text. */
const listItem = /^\s*(?:[-*•–—]|\d{1,2}\.|\(?(?:\d{1,2}|[a-zа-я])\))\s+(\S.*?)\s*$/u;
const endsSentence = /[.!?…]["»”)]*$/u;
/** An item's line that ends it: what follows without a bullet is no longer part of it. */
const endsItem = /[.!?…;]["»”)]*$/u;
const indented = /^(?: {2,}|\t)/;
const markdownHeading = /^\s*#/;

/** Markdown headings and emphasis around a line, so "### **Nous demandons:**" reads "Nous demandons:". */
function plainLine(line: string) {
  return line.replace(/^\s*#+\s*/, '').replace(/[*_]+/g, '').trim();
}

/**
 * Whether the text before a list introduces demands: its last sentence names a demand or call and leads into
 * the list (a colon, no final stop, or "suivantes"), as in "La Ligue exige :", "Nous exigeons du régime" or
 * "Nos revendications sont les suivantes." — not "Nous demandons aux syndicats de se mobiliser."
 */
function introducesDemands(text: string) {
  const lastSentence = text.split(/(?<=[.!?…])\s+/u).at(-1) ?? '';
  return demandIntroduction.test(lastSentence) && (!endsSentence.test(lastSentence) || announcesList.test(lastSentence));
}

/**
 * Whether a line without a bullet continues the item above it (whose last line is `previous`). Only a line right
 * under it can: an indented one does; an unindented one does when the item's line does not end a sentence, unless
 * it reads as a sentence of its own (a capital, a final stop) with no item right after it — "Thanks." under a
 * list is not its last item's. After a blank line, only a bullet goes on with the list.
 */
function continuesItem(line: string, previous: string, next: string | undefined, afterBlankLine: boolean) {
  if (afterBlankLine || markdownHeading.test(line)) return false;
  if (indented.test(line)) return true;
  if (endsItem.test(previous)) return false;
  const ownSentence = /^\p{Lu}/u.test(line.trim()) && endsSentence.test(line.trim());
  return !ownSentence || (next !== undefined && listItem.test(next));
}

/**
 * The items of the list whose first item is at line `start`, each whole, and the index of the first line after
 * the list. Blank lines may separate items; a line without a bullet that does not continue an item ends the list.
 */
function readList(lines: string[], start: number) {
  const items: string[][] = [];
  let index = start;
  let afterBlankLine = false;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      afterBlankLine = true;
      continue;
    }
    const itemText = listItem.exec(line)?.[1];
    const current = items.at(-1);
    if (itemText) items.push([itemText]);
    else if (current && continuesItem(line, current.at(-1) ?? '', lines[index + 1], afterBlankLine)) current.push(line.trim());
    else break;
    afterBlankLine = false;
  }
  return { items: items.map((parts) => parts.join(' ')), next: index };
}

/**
 * The items of every bullet or numbered list introduced by a sentence demanding or calling for something, each
 * with its text as a quote (a wrapped item's lines joined by spaces: quotes match whatever the line breaks).
 */
export function extractDemands(body: string): DemandProposal[] {
  const lines = body.split(/\r?\n/);
  const demands: DemandProposal[] = [];
  /** The lines of the text since the last blank line, list or start: what introduces a list that follows. */
  let paragraph: string[] = [];
  let paragraphOpen = false;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (listItem.test(line)) {
      const list = readList(lines, index);
      if (introducesDemands(paragraph.join(' '))) demands.push(...list.items.map((text) => ({ text, quote: text })));
      paragraph = [];
      paragraphOpen = false;
      index = list.next;
      continue;
    }
    if (line.trim() === '') paragraphOpen = false;
    else {
      paragraph = paragraphOpen ? [...paragraph, plainLine(line)] : [plainLine(line)];
      paragraphOpen = true;
    }
    index++;
  }
  return demands;
}

/**
 * The sentences of each line, as they are written (quotes must occur verbatim): a sentence never spans a line or
 * Markdown emphasis, so it reads whole wherever the text was wrapped.
 */
export function sentences(body: string): string[] {
  return body
    .split(/\r?\n/)
    .flatMap((line) => line.replace(/^\s*#+\s/, '').split(/\*\*|__/))
    .flatMap((part) => part.split(/(?<=[.!?…])\s+(?=[\p{Lu}«“"(\d])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

const padded = (text: string) => ` ${normalizeSearchText(text)} `;

/** The first sentence naming each known case (by its name or an alias, whatever the accents, case or script). */
export function extractKnownPeople(body: string, cases: KnownCase[]): PersonProposal[] {
  const folded = sentences(body).map((sentence) => ({ sentence, folded: padded(sentence) }));
  const people: PersonProposal[] = [];
  for (const known of cases) {
    const spellings = known.names.map((name) => ({ name, folded: padded(name) })).filter((name) => name.folded.trim() !== '');
    for (const { sentence, folded: text } of folded) {
      const spelling = spellings.find((name) => text.includes(name.folded));
      if (spelling) {
        people.push({ caseId: known.caseId, name: spelling.name, quote: sentence });
        break;
      }
    }
  }
  return people;
}

/** Capitalised words that start names of places, bodies and sentences rather than of people. */
const notNames = new Set(
  [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'et', 'en', 'il', 'elle', 'ils', 'nous', 'vous', 'on', 'ce', 'cette',
    'ces', 'celui', 'sans', 'pour', 'par', 'avec', 'dans', 'sur', 'apres', 'avant', 'selon', 'comme', 'mais', 'ainsi', 'deux', 'trois',
    'the', 'a', 'an', 'and', 'of', 'we', 'our', 'in', 'on', 'for',
    'parlement', 'europeen', 'europeenne', 'cour', 'supreme', 'mouvement', 'socialiste', 'parti', 'communiste', 'ligue', 'internationale',
    'campaign', 'conseil', 'president', 'gouvernement', 'republique', 'etat', 'sud', 'nord', 'est', 'ouest', 'centre', 'suisses', 'russie',
    'union', 'organisation', 'syndicat', 'comite', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  ],
);
const placeLike = /kazakh|zhanaozen|janaozen|mangist|manguist|almat|astana|aktau|moscou|russ|europ|internation|socialist|communist/;
const capitalisedPair = new RegExp(`${wordStart}(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?) (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)${wordEnd}`, 'gu');

/** Two capitalised words that look like a person's first name and surname and name no known case. */
export function extractCandidateNames(body: string, cases: KnownCase[]): CandidateProposal[] {
  const knownWords = new Set(cases.flatMap((known) => known.names.flatMap((name) => normalizeSearchText(name).split(' '))));
  const seen = new Set<string>();
  const candidates: CandidateProposal[] = [];
  for (const sentence of sentences(body)) {
    for (const match of sentence.matchAll(capitalisedPair)) {
      const words = [match[1] ?? '', match[2] ?? ''].map((word) => normalizeSearchText(word));
      if (words.some((word) => notNames.has(word) || placeLike.test(word) || knownWords.has(word))) continue;
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ name: match[0], quote: sentence });
    }
  }
  return candidates;
}

const months: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  yanvarya: 1, fevralya: 2, marta: 3, aprelya: 4, maya: 5, iyunya: 6, iyulya: 7, avgusta: 8, sentyabrya: 9, oktyabrya: 10, noyabrya: 11, dekabrya: 12,
};
const weekdays: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  voskresene: 0, ponedelnik: 1, vtornik: 2, sreda: 3, sredu: 3, chetverg: 4, pyatnitsa: 5, pyatnitsu: 5, subbota: 6, subbotu: 6,
};
/** Days from the document's date. */
const relativeDays: Record<string, number> = {
  'avant hier': -2, hier: -1, aujourdhui: 0, demain: 1, yesterday: -1, today: 0, tomorrow: 1, vchera: -1, segodnya: 0, zavtra: 1,
};
const lastWeek = new Set(['la semaine derniere', 'last week', 'na proshloi nedele', 'na proshloy nedele']);

const numericDate = /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/gu;
const writtenDate = new RegExp(`${wordStart}(\\d{1,2})(?:er)? (\\p{L}+)(?: (\\d{4}))?(?!\\d)`, 'gu');
const relativeWord = new RegExp(
  `${wordStart}(avant-hier|hier|aujourd[’']hui|demain|la semaine derni[eè]re|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|yesterday|today|tomorrow|last week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|вчера|сегодня|завтра|на прошлой неделе|в понедельник|во вторник|в среду|в четверг|в пятницу|в субботу|в воскресенье)${wordEnd}`,
  'giu',
);

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoDay(date) : null;
}

/** A relative word's day, counted from the document's date; a weekday is the last one before it. */
function resolveRelative(word: string, documentDate: Date): Pick<DateProposal, 'date' | 'precision'> | null {
  const folded = normalizeSearchText(word).replace(/^(v|vo) /, '');
  const days = relativeDays[folded];
  if (days !== undefined) return { date: isoDay(addDays(documentDate, days)), precision: 'DAY' };
  if (lastWeek.has(folded)) return { date: isoDay(addDays(documentDate, -7)), precision: 'WEEK' };
  const weekday = weekdays[folded];
  if (weekday !== undefined) {
    const back = (documentDate.getUTCDay() - weekday + 7) % 7 || 7;
    return { date: isoDay(addDays(documentDate, -back)), precision: 'DAY' };
  }
  return null;
}

/**
 * Dates the text states: written ("16 décembre 2011", "le 24 mars": the document's year) or numeric
 * ("19.03.2012") dates, and words relative to the document's date ("hier", "jeudi", "la semaine dernière").
 */
export function extractDates(body: string, documentDate: Date): DateProposal[] {
  const dates: DateProposal[] = [];
  for (const sentence of sentences(body)) {
    const found: { at: number; proposal: DateProposal }[] = [];
    for (const match of sentence.matchAll(numericDate)) {
      const date = calendarDate(Number(match[3]), Number(match[2]), Number(match[1]));
      if (date) found.push({ at: match.index, proposal: { text: match[0], date, precision: 'DAY', quote: sentence } });
    }
    for (const match of sentence.matchAll(writtenDate)) {
      const month = months[normalizeSearchText(match[2] ?? '')];
      const year = match[3] ? Number(match[3]) : documentDate.getUTCFullYear();
      const date = month ? calendarDate(year, month, Number(match[1])) : null;
      if (date) found.push({ at: match.index, proposal: { text: match[0], date, precision: 'DAY', quote: sentence } });
    }
    for (const match of sentence.matchAll(relativeWord)) {
      const resolved = resolveRelative(match[0], documentDate);
      if (resolved) found.push({ at: match.index, proposal: { text: match[0], ...resolved, quote: sentence } });
    }
    dates.push(...found.sort((a, b) => a.at - b.at).map((entry) => entry.proposal));
  }
  return dates;
}

export function extractProposals(body: string, documentDate: Date, cases: KnownCase[]): Proposals {
  return {
    demands: extractDemands(body),
    people: extractKnownPeople(body, cases),
    candidates: extractCandidateNames(body, cases),
    dates: extractDates(body, documentDate),
  };
}
