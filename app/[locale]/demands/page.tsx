import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listDemandLists } from '@/lib/demands/queries';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { DemandIssued, DemandItem } from '../../_components/demand-item';

/** Rendered once, served from the cache; publishing revalidates it, and it is rendered again at most every minute (what is upcoming changes with time). */
export const dynamic = 'force-static';
export const revalidate = 60;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'demands' });
  return { title: t('title') };
}

export default async function DemandsPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const [t, lists] = await Promise.all([getTranslations('demands'), listDemandLists(locale)]);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('intro')}</p>
      {lists.length === 0 ? <p className="mt-6">{t('none')}</p> : null}
      {lists.map((list) => (
        <section key={list.key} aria-labelledby={`list-${list.key}`} data-demand-list={list.key} className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id={`list-${list.key}`} className="text-xl font-bold">
            {list.issuedBy}
          </h2>
          <p className="text-sm text-stone-600">
            <DemandIssued demand={list} />
          </p>
          {(['demands', 'callsToAction'] as const).map((part) =>
            list[part].length > 0 ? (
              <div key={part} className="mt-4">
                <h3 className="font-semibold">{t(`kind.${part === 'demands' ? 'DEMAND' : 'CALL_TO_ACTION'}`)}</h3>
                <ol className="list-decimal divide-y divide-stone-100 pl-6" data-kind={part === 'demands' ? 'DEMAND' : 'CALL_TO_ACTION'}>
                  {list[part].map((demand) => (
                    <DemandItem key={demand.slug} demand={demand} locale={locale} context="demands-page" />
                  ))}
                </ol>
              </div>
            ) : null,
          )}
        </section>
      ))}
    </div>
  );
}
