import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formats, loadMessages } from '@/lib/i18n/messages';
import { locales } from '@/lib/i18n/routing';

type Tree = { [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));

describe('interface messages', () => {
  it('exist in every language for every English key', async () => {
    const english = keysOf((await loadMessages('en')) as unknown as Tree).sort();
    for (const locale of locales) {
      expect(keysOf((await loadMessages(locale)) as unknown as Tree).sort(), locale).toEqual(english);
    }
  });

  it('use Russian plural forms', async () => {
    const t = createTranslator({ locale: 'ru', messages: await loadMessages('ru'), namespace: 'home', formats });
    expect(t('caseCount', { count: 1 })).toBe('1 дело');
    expect(t('caseCount', { count: 3 })).toBe('3 дела');
    expect(t('caseCount', { count: 9 })).toBe('9 дел');
  });

  it('format numbers in the visitor language', async () => {
    const fr = createTranslator({ locale: 'fr', messages: await loadMessages('fr'), namespace: 'cases', formats });
    expect(fr('people', { count: 2000, qualifier: 'MORE_THAN' })).toBe('plus de 2\u202f000 personnes');
    const en = createTranslator({ locale: 'en', messages: await loadMessages('en'), namespace: 'cases', formats });
    expect(en('people', { count: 52, qualifier: 'EXACT' })).toBe('52 people');
  });
});
