import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/lib/i18n/navigation';
import { maxQueryLength } from '@/lib/search/normalize';

/** The name search box (`q`) of the case directory, inside a form that submits to it. */
export function CaseSearchField({ defaultValue }: { defaultValue?: string }) {
  const t = useTranslations('search');
  return (
    <div>
      <label htmlFor="case-search" className="block font-medium">
        {t('label')}
      </label>
      <p id="case-search-hint" className="text-sm text-stone-600">
        {t('hint')}
      </p>
      <div className="mt-1 flex gap-2">
        <input
          id="case-search"
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={maxQueryLength}
          aria-describedby="case-search-hint"
          className="w-full max-w-md rounded border border-stone-400 bg-white px-3 py-1.5"
        />
        <button type="submit" className="rounded bg-red-800 px-4 py-1.5 font-medium text-white hover:bg-red-900">
          {t('submit')}
        </button>
      </div>
    </div>
  );
}

/** The search box on its own, for pages other than the directory (the 404 page): a plain GET to /cases?q=. */
export function CaseSearchForm() {
  return (
    <form method="get" action={getPathname({ href: '/cases', locale: useLocale() })} role="search">
      <CaseSearchField />
    </form>
  );
}
