import { defineRouting } from 'next-intl/routing';

export const locales = ['en', 'fr', 'ru'] as const;
export type Locale = (typeof locales)[number];

/** Every page lives under a language prefix; an unprefixed address redirects by cookie, then Accept-Language. */
export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  localePrefix: 'always',
});

/** Each language's name in itself, for choosing one. */
export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français', ru: 'Русский' };
