import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCandidateNames, extractDates, extractDemands, extractKnownPeople } from '@/lib/import/extract';
import { documentContainsQuote } from '@/seeds/quotes';
import { statementDemandLists } from '../support/statement-demand-lists';

const documentText = (name: string) => readFileSync(`seeds/documents/${name}`, 'utf8');
const statement004 = documentText('004_8e77b66041a4195c.txt');
const monday19March2012 = new Date('2012-03-19T00:00:00Z');

const people004 = [
  { caseId: 'kuramshin', names: ['Vadim Kuramshin', 'Курамшин'] },
  { caseId: 'sokolova', names: ['Наталья Соколова', 'Sokolova'] },
  { caseId: 'vyshnevskii', names: ['Igor Vyshnevskiy', 'Vyshnevskii'] },
  { caseId: 'tikhonov', names: ['Dmitry Tikhonov', 'Тихонов'] },
  { caseId: 'ozhaubaev', names: ['Arman Ozhaubaev'] },
  { caseId: 'sergazieva', names: ['SERGAZIEVA'] },
  { caseId: 'zhagiparov', names: ['Berik Zhagiparov', 'Бepик Жагипаров'] },
  { caseId: 'absent', names: ['Esenbek Ouktechbaev'] },
];

const texts = (body: string) => extractDemands(body).map((demand) => demand.text);

describe('statement import: demands', () => {
  /** The bullet lines of a document, each as written after its "- ", that follow the line `introduction`. */
  const bulletsAfter = (body: string, introduction: string) => {
    const lines = body.split('\n');
    const start = lines.findIndex((line) => line.includes(introduction));
    const items: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.trim() === '' && items.length === 0) continue;
      if (!line.startsWith('- ')) break;
      items.push(line.slice(2));
    }
    return items;
  };

  it.each(statementDemandLists)('takes the demand list of %s whole: every item, word for word as the document writes it, in order', (name, introduction, expected) => {
    const body = documentText(name);
    expect(bulletsAfter(body, introduction)).toEqual(expected);
    const demands = extractDemands(body);
    expect(demands).toEqual(expected.map((text) => ({ text, quote: text })));
    for (const demand of demands) expect(body.split('\n')).toContain(`- ${demand.quote}`);
  });

  it('takes no demand from statements without a list of demands', () => {
    expect(extractDemands(documentText('000_4a7fc8ab6c13112a.txt'))).toEqual([]);
    expect(extractDemands(documentText('001_424803e400dbd2f8.txt'))).toEqual([]);
  });

  it('reads numbered lists and English and Russian introductions', () => {
    expect(texts('We demand:\n1. Free them all\n2) Drop the charges\nThanks.')).toEqual(['Free them all', 'Drop the charges']);
    expect(texts('Мы требуем:\n\n- Освободить всех')).toEqual(['Освободить всех']);
    expect(extractDemands('Nous demandons aux syndicats de se mobiliser.\n- Pas une demande')).toEqual([]);
  });

  it('takes items wrapped over several lines whole, with blank lines between them, after an introduction without a colon', () => {
    const body = [
      'Le Mouvement socialiste du Kazakhstan, avec les syndicats indépendants, exige du régime',
      '',
      '- la libération immédiate de tous les travailleurs du pétrole arrêtés à',
      'Zhanaozen et à Shetpe ;',
      '',
      '- l’abandon des poursuites contre les',
      '  militants qui ont distribué des tracts ;',
      '- la fin de la répression des',
      'travailleurs-',
      'travailleuses en grève.',
      '',
      'Nous appelons à manifester devant les ambassades.',
    ].join('\n');
    const demands = extractDemands(body);
    expect(demands.map((demand) => demand.text)).toEqual([
      'la libération immédiate de tous les travailleurs du pétrole arrêtés à Zhanaozen et à Shetpe ;',
      'l’abandon des poursuites contre les militants qui ont distribué des tracts ;',
      'la fin de la répression des travailleurs- travailleuses en grève.',
    ]);
    for (const demand of demands) expect(documentContainsQuote(body, demand.quote)).toBe(true);
  });

  it.each([
    [
      'a verb mid-sentence',
      'Avec les familles, nous revendiquons\n• la vérité sur le massacre\n• la libération des grévistes',
      ['la vérité sur le massacre', 'la libération des grévistes'],
    ],
    [
      'a sentence announcing the list',
      'Our demands are the following.\n1) Free all political prisoners\n2) Drop the charges against the oil\nworkers of Zhanaozen\n\nIn solidarity,\nCampaign Kazakhstan',
      ['Free all political prisoners', 'Drop the charges against the oil workers of Zhanaozen'],
    ],
    [
      'a call, lettered items',
      'We call on the Kazakh authorities to\na) release the strikers\nb) end the state of emergency',
      ['release the strikers', 'end the state of emergency'],
    ],
    [
      'Russian, no colon',
      'Мы требуем\n– освободить Вадима Курамшина\n– прекратить преследование\nнезависимых профсоюзов',
      ['освободить Вадима Курамшина', 'прекратить преследование независимых профсоюзов'],
    ],
    [
      'a Markdown heading',
      '## Nos revendications\n\n1. Libération de tous ceux arrêtés à Zhanaozen\n2. Fin de la répression',
      ['Libération de tous ceux arrêtés à Zhanaozen', 'Fin de la répression'],
    ],
  ])('reads a list introduced by %s', (_case, body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  it('ends a list at a line of its own, not in its last item', () => {
    expect(texts('La Ligue exige :\n- Libération de tous les prisonniers !\nLigue socialiste internationale')).toEqual(['Libération de tous les prisonniers !']);
    expect(texts('Nous exigeons :\n- La démission du gouvernement\n### Les procès vont commencer')).toEqual(['La démission du gouvernement']);
  });

  it('takes no list that is not introduced as demands', () => {
    const arrests = 'Les militants arrêtés la semaine dernière sont :\n- Dmitrii Tikhonov\n- Arman Ozhaubaev';
    expect(extractDemands(arrests)).toEqual([]);
    expect(texts(`${arrests}\n\nNous exigeons :\n- Leur libération`)).toEqual(['Leur libération']);
    expect(extractDemands('Nous exigeons la justice. Voici les villes touchées :\n- Zhanaozen\n- Shetpe')).toEqual([]);
    expect(extractDemands('Nous avons exigé justice.\n\n- Zhanaozen\n- Shetpe')).toEqual([]);
  });
});

describe('statement import: people', () => {
  it('finds the known people of statement 004 whatever the accents, case or script of their names', () => {
    const people = extractKnownPeople(statement004, people004);
    expect(people.map((person) => person.caseId)).toEqual(['kuramshin', 'sokolova', 'vyshnevskii', 'tikhonov', 'ozhaubaev', 'sergazieva', 'zhagiparov']);
    for (const person of people) expect(documentContainsQuote(statement004, person.quote)).toBe(true);
    expect(people.find((person) => person.caseId === 'tikhonov')?.quote).toMatch(/^Dmitrii Tikhonov et Arman Ozhaubaev ont reçu des amendes/);
  });

  it('proposes other person-like names as candidates, not known people, places or organisations', () => {
    const names = extractCandidateNames(statement004, people004).map((candidate) => candidate.name);
    expect(names).toContain('Nursultan Nazarbaev');
    expect(names).not.toContain('Vadim Kuramshin');
    expect(names).not.toContain('Campaign Kazakhstan');
    expect(names).not.toContain('Parlement Européen');
  });
});

describe('statement import: dates', () => {
  const dates = extractDates(statement004, monday19March2012);
  const resolved = (text: string) => dates.filter((date) => date.text === text).map((date) => date.date);

  it('resolves weekdays and relative words from the date of the statement', () => {
    expect(resolved('Jeudi')).toEqual(['2012-03-15']);
    expect(resolved('hier')).toEqual(['2012-03-18']);
    expect(resolved('aujourd’hui')).toEqual(['2012-03-19']);
    expect(dates.find((date) => date.text === 'La semaine dernière')).toMatchObject({ date: '2012-03-12', precision: 'WEEK' });
  });

  it('resolves written and numeric dates, in the statement’s year when none is given', () => {
    expect(resolved('19.03.2012')).toEqual(['2012-03-19']);
    expect(new Set(resolved('24 mars'))).toEqual(new Set(['2012-03-24']));
    expect(extractDates('Le massacre du 16 décembre 2011.', monday19March2012)).toMatchObject([{ date: '2011-12-16', precision: 'DAY' }]);
    for (const date of dates) expect(documentContainsQuote(statement004, date.quote)).toBe(true);
  });
});
