import { getTranslations } from 'next-intl/server';
import { listCampaigns } from '@/lib/campaigns/queries';
import { countCasesByStatus, listCases, suggestCases } from '@/lib/cases/queries';
import { caseStatuses, deprivedOfLibertyStatuses } from '@/lib/cases/status';
import { getPathname, Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { parseDirectoryParams, type SearchParams } from '@/lib/search/directory-params';
import { CaseSearchField } from './case-search';
import { StatusSince } from './date-text';
import { Localized } from './localized';
import { StatusBadge } from './status-badge';

/** The case directory: filters, counts per status, search with close matches when nothing matches. */
export async function CaseDirectory({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const [t, s, statusText, campaigns] = await Promise.all([
    getTranslations('cases'),
    getTranslations('search'),
    getTranslations('status'),
    listCampaigns(locale),
  ]);
  const filters = parseDirectoryParams(searchParams, campaigns.map((campaign) => campaign.slug));
  const [cases, statusCounts] = await Promise.all([listCases(locale, filters), countCasesByStatus(filters)]);
  const suggestions = filters.query && cases.length === 0 ? await suggestCases(filters.query) : [];
  const narrowed = filters.statuses.length > 0 || filters.campaign !== undefined || filters.deprivedOfLiberty;
  const shownStatuses = caseStatuses.filter((status) => statusCounts[status] > 0 || filters.statuses.includes(status));

  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>

      <form method="get" action={getPathname({ href: '/cases', locale })} role="search" aria-labelledby="filters-heading" className="mt-4 space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="filters-heading" className="sr-only">
          {t('filters.heading')}
        </h2>
        <CaseSearchField defaultValue={filters.query} />
        {shownStatuses.length > 0 ? (
          <fieldset>
          <legend className="font-medium">{t('filters.status')}</legend>
          <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
            {shownStatuses.map((status) => (
              <li key={status}>
                <label className="inline-flex items-center gap-1.5">
                  <input type="checkbox" name="status" value={status} defaultChecked={filters.statuses.includes(status)} />
                  {t('filters.statusOption', { status: statusText(`status.${status}`), count: statusCounts[status] })}
                </label>
              </li>
            ))}
          </ul>
          </fieldset>
        ) : null}
        <div>
          <label className="inline-flex items-center gap-1.5 font-medium">
            <input type="checkbox" name="deprived" value="1" defaultChecked={filters.deprivedOfLiberty} aria-describedby="deprived-hint" />
            {t('filters.deprivedOfLiberty')}
          </label>
          <p id="deprived-hint" className="text-sm text-stone-600">
            {t('filters.deprivedOfLibertyHint', { statuses: deprivedOfLibertyStatuses.map((status) => statusText(`status.${status}`)).join(', ') })}
          </p>
        </div>
        <div>
          <label htmlFor="campaign-filter" className="block font-medium">
            {t('filters.campaign')}
          </label>
          <select id="campaign-filter" name="campaign" defaultValue={filters.campaign ?? ''} className="mt-1 rounded border border-stone-400 bg-white px-2 py-1.5">
            <option value="">{t('filters.allCampaigns')}</option>
            {campaigns.map((campaign) => (
              <option key={campaign.slug} value={campaign.slug} lang={campaign.title.lang}>
                {campaign.title.text}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded border border-red-800 px-4 py-1.5 font-medium text-red-800 hover:bg-red-50">
            {t('filters.apply')}
          </button>
          {filters.query || narrowed ? (
            <Link href="/cases" className="text-sm underline">
              {t('filters.clear')}
            </Link>
          ) : null}
        </div>
      </form>

      <div role="status" className="mt-6">
        {filters.query && cases.length === 0 ? (
          <p className="font-medium">{s(narrowed ? 'noResultWithFilters' : 'noResult', { query: filters.query })}</p>
        ) : (
          <p className="text-stone-700">{filters.query || narrowed ? t('matching', { count: cases.length }) : t('intro', { count: cases.length })}</p>
        )}
      </div>
      {suggestions.length > 0 ? (
        <div className="mt-2" data-testid="suggestions">
          <p>{s('suggestions')}</p>
          <ul className="mt-1 list-disc pl-6">
            {suggestions.map((suggestion) => (
              <li key={suggestion.slug}>
                <Link href={`/cases/${suggestion.slug}`} className="underline">
                  {suggestion.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {cases.length > 0 ? (
        <ul className="mt-4 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {cases.map((entry) => (
            <li key={entry.slug} className="flex flex-wrap items-start justify-between gap-2 p-4" data-case={entry.slug}>
              <div>
                <Link href={`/cases/${entry.slug}`} className="text-lg font-semibold underline-offset-2 hover:underline">
                  {entry.name}
                </Link>
                <p className="text-sm text-stone-600">
                  {entry.kind === 'GROUP' && entry.latestCount ? (
                    <span data-testid="group-size">
                      {t('group')} · {t('people', { count: entry.latestCount.count, qualifier: entry.latestCount.qualifier })} ·{' '}
                    </span>
                  ) : null}
                  <Localized value={entry.campaign.title} visitorLocale={locale} />
                </p>
              </div>
              <div className="text-right text-sm">
                <StatusBadge status={entry.status} releaseKind={entry.releaseKind} />
                {entry.statusSince && entry.statusSincePrecision ? (
                  <p className="mt-1 text-stone-600">
                    <StatusSince date={entry.statusSince} precision={entry.statusSincePrecision} />
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
