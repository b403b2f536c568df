import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { listCases } from '@/lib/cases/queries';
import { Link } from '@/lib/i18n/navigation';
import { StatusSince } from '../../_components/date-text';
import { Localized } from '../../_components/localized';
import { StatusBadge } from '../../_components/status-badge';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cases');
  return { title: t('title') };
}

export default async function CasesPage() {
  const locale = await getLocale();
  const t = await getTranslations('cases');
  const cases = await listCases(locale);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('intro', { count: cases.length })}</p>
      <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
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
    </div>
  );
}
