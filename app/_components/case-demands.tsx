import { getTranslations } from 'next-intl/server';
import { demandsForCase } from '@/lib/demands/queries';
import { DemandItem } from './demand-item';

/** The case page's section of the demands and calls to action that concern the case; nothing when there are none. */
export async function CaseDemands({ caseId, locale }: { caseId: string; locale: string }) {
  const [t, demands] = await Promise.all([getTranslations('demands'), demandsForCase(caseId, locale)]);
  if (demands.length === 0) return null;
  return (
    <section aria-labelledby="demands-heading">
      <h2 id="demands-heading" className="text-xl font-bold">
        {t('forCase.heading')}
      </h2>
      <ul className="mt-2 divide-y divide-stone-200">
        {demands.map((demand) => (
          <DemandItem key={demand.slug} demand={demand} locale={locale} context="case-page" />
        ))}
      </ul>
    </section>
  );
}
