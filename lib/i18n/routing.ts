import { hasLocale } from 'next-intl';
import { defineRouting } from 'next-intl/routing';
import { locales } from './locales.mjs';

export { locales };
export type Locale = (typeof locales)[number];

/** Every page lives under a language prefix; an unprefixed address redirects by cookie, then Accept-Language. */
export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  localePrefix: 'always',
});

/** Each language's name in itself, for choosing one. */
export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français', ru: 'Русский' };

/** The language of a page address ("/fr/admin", "https://host/ru/cases"): its prefix, or the default without one. */
export function localeOfAddress(address: string | null): Locale {
  const base = 'http://localhost';
  const prefix = address && URL.canParse(address, base) ? new URL(address, base).pathname.split('/')[1] : undefined;
  return supportedLocale(prefix);
}

/** The language given if the site has it, else the default one. */
export function supportedLocale(value: string | undefined): Locale {
  return hasLocale(locales, value) ? value : routing.defaultLocale;
}
