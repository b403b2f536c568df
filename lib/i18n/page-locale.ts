import 'server-only';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing, type Locale } from './routing';

export type LocaleParams = { params: Promise<{ locale: string }> };

/**
 * The language of a page from its address, handed to next-intl so that rendering never reads the request:
 * that is what lets the public pages be rendered once and served from the cache. Unknown languages are a 404.
 */
export async function pageLocale(params: LocaleParams['params']): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
