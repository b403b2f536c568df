import { describe, expect, it } from 'vitest';
import { buildSeedRows, readDocumentText, SeedError } from '../../seeds/build';
import { documentContainsQuote } from '../../seeds/quotes';
import { seedRecord } from '../../seeds/record';

const rows = buildSeedRows(seedRecord);
const caseBySlug = (slug: string) => rows.cases.find((row) => row.slug === slug);
const documentBody = (id: string) => rows.documents.find((doc) => doc.id === id)!.body;

describe('the reviewed seed record', () => {
  it('cites a quote that really occurs in its document for every seeded fact', () => {
    expect(rows.citations.length).toBeGreaterThan(50);
    for (const citation of rows.citations) {
      const quote = rows.quotes.find((q) => q.id === citation.quoteId)!;
      expect(documentContainsQuote(documentBody(quote.documentId), quote.text), quote.text).toBe(true);
    }
  });

  it('gives every case, update, demand, event and group count at least one citation', () => {
    const cited = (key: 'caseId' | 'updateId' | 'demandId' | 'eventId' | 'countId', id: string) =>
      rows.citations.some((citation) => citation[key] === id);
    for (const row of rows.cases) expect(cited('caseId', row.id!), row.id).toBe(true);
    for (const row of rows.updates) expect(cited('updateId', row.id!), row.id).toBe(true);
    for (const row of rows.demands) expect(cited('demandId', row.id!), row.id).toBe(true);
    for (const row of rows.events) expect(cited('eventId', row.id!), row.id).toBe(true);
    for (const row of rows.counts) expect(cited('countId', row.id!), row.id).toBe(true);
  });

  it('holds the people and groups the documents name, with their statuses', () => {
    const status = (id: string) => caseBySlug(id)?.status;
    expect(status('vadim-kuramshin')).toBe('DETAINED');
    expect(status('natalia-sokolova')).toBe('RELEASED');
    expect(status('igor-vyshnevskii')).toBe('RELEASED');
    expect(status('dmitrii-tikhonov')).toBe('DETAINED');
    expect(status('arman-ozhaubaev')).toBe('DETAINED');
    expect(status('tamara-sergazieva')).toBe('DETAINED');
    expect(status('berik-zhagiparov')).toBe('SUMMONED');
    expect(status('esenbek-ouktechbaev')).toBe('IN_EXILE');
    expect(status('zhanaozen-defendants')).toBe('CHARGED');
    expect(caseBySlug('january-2022-detainees')?.kind).toBe('GROUP');
  });

  it('records the 52 Zhanaozen defendants as a group whose count went from 43 to 52, facing up to 10 years', () => {
    const counts = rows.counts.filter((c) => c.caseId === caseBySlug('zhanaozen-defendants')!.id).sort((a, b) => a.position - b.position);
    expect(counts.map((c) => c.count)).toEqual([43, 52]);
    expect(caseBySlug('zhanaozen-defendants')?.kind).toBe('GROUP');
    expect(caseBySlug('zhanaozen-defendants')?.charges).toMatch(/10 ans/);
  });

  it('resolves relative dates from the document date, with their precision', () => {
    // "Jeudi" in the statement of Monday 19 March 2012.
    expect(caseBySlug('dmitrii-tikhonov')?.statusSince).toEqual(new Date('2012-03-15T00:00:00Z'));
    expect(caseBySlug('dmitrii-tikhonov')?.statusSincePrecision).toBe('DAY');
    // "La semaine dernière".
    expect(caseBySlug('tamara-sergazieva')?.statusSincePrecision).toBe('WEEK');
    // A rise reported in the statement of 19 March 2012, not dated: by that day, not on it.
    const rise = seedRecord.updates.find((update) => update.id === 'zhanaozen-defendants-2012-03-19-de-43-a-52')!;
    expect(rise.occurredOnPrecision).toBe('BEFORE');
  });

  it('keeps the three demand lists whole and verbatim', () => {
    const listOf = (doc: string) =>
      seedRecord.demands.filter((d) => d.doc.startsWith(doc) && (d.kind ?? 'DEMAND') === 'DEMAND');
    const [doc002, doc003, doc004] = ['doc-002', 'doc-003', 'doc-004'].map(listOf);
    expect(doc002).toHaveLength(5);
    expect(doc003).toHaveLength(5);
    expect(doc004).toHaveLength(7);
    for (const demand of [...doc002!, ...doc003!, ...doc004!]) {
      const body = readDocumentText(seedRecord.documents.find((doc) => doc.id === demand.doc)!.file);
      expect(documentContainsQuote(body, demand.text), demand.text).toBe(true);
    }
  });

  it('names the action events the documents call for, and claims no more about the others than the text does', () => {
    const kindOf = (slug: string) => rows.events.find((event) => event.slug === slug)?.kind;
    const kinds = rows.events.map((event) => event.kind);
    expect(kinds).toContain('SOLIDARITY_WEEK');
    expect(kinds).toContain('COMMEMORATION');
    const week = rows.events.find((event) => event.kind === 'SOLIDARITY_WEEK')!;
    expect(week.allDay).toBe(true);
    // The trials are only expected ("Il paraîtrait"): no document calls for a trial watch.
    expect(kinds).not.toContain('TRIAL_WATCH');
    expect(kindOf('proces-zhanaozen-2012-03-22')).toBe('OTHER');
    // What the documents report as having happened is not shown as an action of the campaign.
    expect(kindOf('rassemblement-janaozen-2011-12-16')).toBe('OTHER');
    expect(kindOf('greve-generale-mangistau-2022-01-03')).toBe('OTHER');
    // The call to act at Kazakhstan's diplomatic missions gives no date or place: it is a call to action, not an event.
    expect(rows.demands.find((demand) => demand.slug === 'msk-2011-appel-actions-representations-diplomatiques')?.kind).toBe('CALL_TO_ACTION');
    expect(kinds).not.toContain('PICKET');
    expect(rows.eventDemands.map((link) => link.demandId)).not.toContain('msk-2011-appel-actions-representations-diplomatiques');
  });

  it('dates the undated publications no more precisely than their month', () => {
    const precisionOf = (id: string) => rows.documents.find((doc) => doc.id === id)?.issuedOnPrecision;
    expect(precisionOf('doc-000-zhanaozen-massacre-statements-2011-12-17')).toBe('MONTH');
    expect(precisionOf('doc-001-cio-attaque-brutale-2011-12-17')).toBe('MONTH');
    expect(precisionOf('doc-004-campaign-update-2012-03-19')).toBe('DAY');
  });

  it('fails on a quote that is not in its document, naming the entry', () => {
    const tampered = structuredClone(seedRecord);
    tampered.cases[0]!.cite[0]!.quote = 'une phrase que le document ne contient pas';
    expect(() => buildSeedRows(tampered)).toThrow(SeedError);
    expect(() => buildSeedRows(tampered)).toThrow(new RegExp(`cases\\[${tampered.cases[0]!.id}\\]\\.cite\\[0\\]`));
  });

  it('gives people opaque row ids, so an id never names someone whose identity is later protected', () => {
    const rowIds = [...rows.cases, ...rows.updates, ...rows.counts].map((row) => row.id!);
    for (const id of rowIds) expect(id).not.toMatch(/kuramshin|sokolova|zhanaozen|tikhonov/i);
  });

  it('fails on a reference to an unknown case, naming the entry', () => {
    const tampered = structuredClone(seedRecord);
    tampered.updates[0]!.case = 'nobody';
    expect(() => buildSeedRows(tampered)).toThrow(/updates\[.+\]: unknown case "nobody"/);
  });
});
