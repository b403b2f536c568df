import { useTranslations } from 'next-intl';
import type { LocalizedText } from '@/lib/i18n/content';

type Props = {
  value: LocalizedText;
  visitorLocale: string;
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'dd' | 'blockquote';
  className?: string;
  /** Say "original in French" after the text when it is not in the visitor's language. */
  markOriginal?: boolean;
};

/** "[Original in French]" after a text shown untranslated to a visitor of another language; nothing otherwise. */
export function OriginalLanguageMark({ value, visitorLocale, className }: { value: LocalizedText; visitorLocale: string; className: string }) {
  const t = useTranslations('common');
  if (value.translated || value.lang === visitorLocale) return null;
  return (
    <span lang={visitorLocale} className={className}>
      [{t('originalLanguage', { language: t(`languageNames.${value.lang as 'fr' | 'en' | 'ru'}`) })}]
    </span>
  );
}

/** Content in the language it is shown in, marked as the original when no translation exists. */
export function Localized({ value, visitorLocale, as: Tag = 'span', className, markOriginal = false }: Props) {
  return (
    <Tag lang={value.lang} className={className}>
      {value.text}
      {markOriginal ? <OriginalLanguageMark value={value} visitorLocale={visitorLocale} className="ml-2 align-middle text-xs font-normal text-stone-500" /> : null}
    </Tag>
  );
}
