/** A text as the visitor should read it: the organizer's translation when there is one, else the original. */
export type LocalizedText = { text: string; lang: string; translated: boolean };

type TranslationRow = { field: string; text: string };

/** Prisma `select` for the translations of a subject into one language. */
export const translationsInto = (locale: string) => ({
  where: { language: locale },
  select: { field: true, text: true },
});

export function localize(original: string, originalLang: string, translations: TranslationRow[], field: string, locale: string): LocalizedText {
  if (originalLang !== locale) {
    const translation = translations.find((row) => row.field === field);
    if (translation) return { text: translation.text, lang: locale, translated: true };
  }
  return { text: original, lang: originalLang, translated: false };
}

export function localizeOptional(original: string | null, originalLang: string, translations: TranslationRow[], field: string, locale: string) {
  return original === null ? null : localize(original, originalLang, translations, field, locale);
}

/** The same text with protected names replaced (see lib/cases/redaction.ts). */
export function redactText(value: LocalizedText, redact: (text: string) => string): LocalizedText {
  return { ...value, text: redact(value.text) };
}

export function redactOptionalText(value: LocalizedText | null, redact: (text: string) => string): LocalizedText | null {
  return value && redactText(value, redact);
}
