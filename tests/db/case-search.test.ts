import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeSearchText } from '../../lib/search/normalize';
import { createSeededAppDatabase } from '../support/app-database';

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let queries: typeof import('../../lib/cases/queries');
beforeAll(async () => {
  database = await createSeededAppDatabase();
  queries = await import('../../lib/cases/queries');
});
afterAll(async () => database?.drop());

const slugsFor = async (filters: Parameters<typeof queries.listCases>[1]) => (await queries.listCases('en', filters)).map((c) => c.slug);

/** Inserts a case for one test and removes it afterwards (its aliases go with it). */
async function withCase(
  data: { slug: string; name: string; identityProtected?: boolean; aliases?: string[] },
  body: () => Promise<void>,
) {
  await database.db.case.create({
    data: {
      slug: data.slug,
      name: data.name,
      kind: 'PERSON',
      identityProtected: data.identityProtected ?? false,
      status: 'DETAINED',
      campaignId: 'january-2022',
      aliases: { create: (data.aliases ?? []).map((alias) => ({ alias })) },
    },
  });
  try {
    await body();
  } finally {
    await database.db.case.delete({ where: { slug: data.slug } });
  }
}

describe('searching the case directory', () => {
  it('compares names in the database in the form queries are given (search_fold = normalizeSearchText)', async () => {
    const russianAndKazakh = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі';
    const samples = [
      ...Array.from(russianAndKazakh + russianAndKazakh.toUpperCase()),
      'Жаңаөзен',
      'Наталья Соколова',
      'Accusés de Janaözen',
      '« KazakhMys » — L’Œuvre d’Ørsted, Straße',
    ];
    const rows = await database.db.$queryRaw<{ folded: string }[]>`SELECT search_fold(sample) AS folded FROM unnest(${samples}::text[]) WITH ORDINALITY AS s(sample, n) ORDER BY n`;
    expect(rows.map((row) => row.folded)).toEqual(samples.map(normalizeSearchText));
  });

  it.each(['Kouramchine', 'Курамшин', 'KURAMSHIN', 'kuramshin', 'Vadim Kuramshin', 'Kuramshin Vadim', 'Kouramchin'])(
    'finds Vadim Kuramshin first for «%s»',
    async (query) => {
      expect((await slugsFor({ query }))[0]).toBe('vadim-kuramshin');
    },
  );

  it.each(['Janaözen', 'Janaozen', 'Жанаозен', 'Жаңаөзен', 'zhanaozen', 'ZHANAOZEN', 'accusés de Janaözen'])(
    'finds the Zhanaozen defendants first for «%s»',
    async (query) => {
      expect((await slugsFor({ query }))[0]).toBe('zhanaozen-defendants');
    },
  );

  it('finds people by a part of a name in another script', async () => {
    expect(await slugsFor({ query: 'Соколова' })).toEqual(['natalia-sokolova']);
    expect(await slugsFor({ query: 'Тихонов' })).toEqual(['dmitrii-tikhonov']);
  });

  it('ranks the case named by the query above cases that only mention it', async () => {
    await withCase({ slug: 'test-search-ranking', name: 'Comité de soutien de Zhanaozen à Almaty' }, async () => {
      expect(await slugsFor({ query: 'Zhanaozen' })).toEqual(['zhanaozen-defendants', 'test-search-ranking']);
      expect(await slugsFor({ query: 'Comité de soutien' })).toEqual(['test-search-ranking']);
    });
  });

  it('finds nothing for a name no case has, and suggests close spellings instead', async () => {
    expect(await slugsFor({ query: 'Sakalova' })).toEqual([]);
    expect((await queries.suggestCases('Sakalova')).map((c) => c.slug)[0]).toBe('natalia-sokolova');
    expect(await queries.suggestCases('Xqzwv')).toEqual([]);
  });

  it('ignores a query that has nothing to search for', async () => {
    expect(await slugsFor({ query: ' !?… ' })).toHaveLength(await database.db.case.count());
  });
});

describe('a protected case', () => {
  const hidden = {
    slug: 'test-protected-case',
    name: 'Aigerim Testbayeva',
    identityProtected: true,
    aliases: ['Aiguerim Testbaeva', 'Айгерим Тестбаева'],
  };

  it('is not found by its real name or aliases, not even as a suggestion or in a count', async () => {
    await withCase(hidden, async () => {
      for (const query of ['Aigerim Testbayeva', 'Testbayeva', 'Aigerim', 'Testbaeva', 'Тестбаева', 'Testbaieva']) {
        expect(await slugsFor({ query }), query).not.toContain(hidden.slug);
        expect((await queries.suggestCases(query)).map((c) => c.slug), query).not.toContain(hidden.slug);
        expect(Object.values(await queries.countCasesByStatus({ query })).every((count) => count === 0), query).toBe(true);
      }
    });
  });

  it('is listed under its initials, with nothing of its name, and its initials find no one', async () => {
    await withCase(hidden, async () => {
      const listed = (await queries.listCases('en')).find((c) => c.slug === hidden.slug);
      expect(listed?.name).toBe('A. T.');
      expect(JSON.stringify(listed)).not.toMatch(/Aigerim|Aiguerim|Testba|Айгерим|Тестбаева/i);
      expect(await slugsFor({ query: 'A. T.' })).not.toContain(hidden.slug);
    });
  });
});

describe('filtering the case directory', () => {
  it('by status, any of several', async () => {
    expect((await slugsFor({ statuses: ['RELEASED'] })).sort()).toEqual(['igor-vyshnevskii', 'natalia-sokolova']);
    expect((await slugsFor({ statuses: ['RELEASED', 'IN_EXILE'] })).sort()).toEqual(['esenbek-ouktechbaev', 'igor-vyshnevskii', 'natalia-sokolova']);
  });

  it('by campaign', async () => {
    expect(await slugsFor({ campaign: 'january-2022' })).toEqual(['january-2022-detainees']);
  });

  it('to the people currently deprived of liberty', async () => {
    const held = await slugsFor({ deprivedOfLiberty: true });
    expect(held.sort()).toEqual([
      'arman-ozhaubaev',
      'dmitrii-tikhonov',
      'january-2022-detainees',
      'tamara-sergazieva',
      'vadim-kuramshin',
      'zhanaozen-defendants',
    ]);
    expect(await slugsFor({ deprivedOfLiberty: true, statuses: ['RELEASED'] })).toEqual([]);
    expect(await slugsFor({ deprivedOfLiberty: true, statuses: ['CHARGED', 'RELEASED'] })).toEqual(['zhanaozen-defendants']);
  });

  it('combined with a search', async () => {
    expect(await slugsFor({ query: 'Zhanaozen', statuses: ['RELEASED'] })).toEqual([]);
    expect(await slugsFor({ query: 'Sokolova', statuses: ['RELEASED'], campaign: 'zhanaozen-2011' })).toEqual(['natalia-sokolova']);
    expect(await slugsFor({ query: 'Sokolova', campaign: 'january-2022' })).toEqual([]);
  });

  it('counts the cases of each status that match the other filters', async () => {
    expect(await queries.countCasesByStatus({ campaign: 'zhanaozen-2011', statuses: ['RELEASED'] })).toMatchObject({
      DETAINED: 4,
      CHARGED: 1,
      SUMMONED: 1,
      RELEASED: 2,
      IN_EXILE: 1,
      SERVING_SENTENCE: 0,
    });
    expect(await queries.countCasesByStatus({ deprivedOfLiberty: true, statuses: ['DETAINED'] })).toMatchObject({ DETAINED: 5, CHARGED: 1, RELEASED: 0, SUMMONED: 0 });
    const forKuramshin = await queries.countCasesByStatus({ query: 'Курамшин' });
    expect(Object.entries(forKuramshin).filter(([, count]) => count > 0)).toEqual([['DETAINED', 1]]);
  });
});
