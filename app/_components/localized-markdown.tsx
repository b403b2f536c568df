import type { LocalizedText } from '@/lib/i18n/content';
import { Markdown, markdownClasses } from '@/lib/markdown/markdown';
import { OriginalLanguageMark } from './localized';

/** A Markdown text in the language it is shown in, marked as the original when no translation exists. */
export function LocalizedMarkdown({ value, visitorLocale, className = '' }: { value: LocalizedText; visitorLocale: string; className?: string }) {
  return (
    <div className={className}>
      <div lang={value.lang} className={markdownClasses}>
        <Markdown source={value.text} />
      </div>
      <OriginalLanguageMark value={value} visitorLocale={visitorLocale} className="mt-1 block text-xs text-stone-500" />
    </div>
  );
}
