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

/** Content in the language it is shown in, marked as the original when no translation exists. */
export function Localized({ value, visitorLocale, as: Tag = 'span', className, markOriginal = false }: Props) {
  const t = useTranslations('common');
  const showOriginalMark = markOriginal && !value.translated && value.lang !== visitorLocale;
  return (
    <Tag lang={value.lang} className={className}>
      {value.text}
      {showOriginalMark ? (
        <span lang={visitorLocale} className="ml-2 align-middle text-xs font-normal text-stone-500">
          [{t('originalLanguage', { language: t(`languageNames.${value.lang as 'fr' | 'en' | 'ru'}`) })}]
        </span>
      ) : null}
    </Tag>
  );
}
