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

/** Words introducing a list of demands, in French, English and Russian. */
const demandIntroduction = new RegExp(
  `${wordStart}(exigent|exigeons|exige|demandons|demandent|revendiquons|revendique|revendiquent|revendications|demands|we demand|требует|требуем|требуют|требования)${wordEnd}`,
  'iu',
);
const listItem = /^\s*(?:[-*•–—]|\d{1,2}[.)])\s+(.+?)\s*$/u;

/** Markdown headings and emphasis around a line, so "### **Nous demandons:**" reads "Nous demandons:". */
function plainLine(line: string) {
  return line.replace(/^\s*#+\s*/, '').replace(/[*_]+/g, '').trim();
}

/** The items of every bullet or numbered list that follows a line introducing demands (ending with a colon). */
export function extractDemands(body: string): DemandProposal[] {
  const lines = body.split(/\r?\n/);
  const demands: DemandProposal[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = plainLine(lines[index] ?? '');
    if (!line.endsWith(':') || !demandIntroduction.test(line)) continue;
    let next = index + 1;
    while (next < lines.length && lines[next]?.trim() === '') next++;
    for (; next < lines.length; next++) {
      const text = lines[next] ?? '';
      if (text.trim() === '') continue;
      const item = listItem.exec(text)?.[1];
      if (!item) break;
      demands.push({ text: item, quote: item });
    }
    index = next - 1;
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
