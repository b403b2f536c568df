import { useTranslations } from 'next-intl';
import type { LocalizedText } from '../i18n/content';
import { Markdown, markdownClasses } from './markdown';

/**
 * A Markdown text in the language it is shown in, marked as the original when no translation exists: the
 * block counterpart of the Localized component, which holds plain text.
 */
export function LocalizedMarkdown({ value, visitorLocale, className = '' }: { value: LocalizedText; visitorLocale: string; className?: string }) {
  const t = useTranslations('common');
  const showOriginalMark = !value.translated && value.lang !== visitorLocale;
  return (
    <div className={className}>
      <div lang={value.lang} className={markdownClasses}>
        <Markdown source={value.text} />
      </div>
      {showOriginalMark ? (
        <p lang={visitorLocale} className="mt-1 text-xs text-stone-500">
          [{t('originalLanguage', { language: t(`languageNames.${value.lang as 'fr' | 'en' | 'ru'}`) })}]
        </p>
      ) : null}
    </div>
  );
}
