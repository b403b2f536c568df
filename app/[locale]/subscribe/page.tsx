import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { humanCheck } from '@/lib/subscriptions/human-check';
import { subscribeChoices } from '@/lib/subscriptions/queries';
import { SubscribeForm } from '../../_components/subscriptions/subscribe-form';
import { SubscriptionMessages } from '../../_components/subscriptions/subscription-messages';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('subscriptions.subscribe');
  return { title: t('title') };
}

const single = (value: string | string[] | undefined) => (typeof value === 'string' && value ? [value] : []);

/** Sign-up for alerts; `?case=<slug>`, `?campaign=<slug>` and `?events=1` (the "follow" links) tick their box. */
export default async function SubscribePage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const [t, choices] = await Promise.all([getTranslations('subscriptions.subscribe'), subscribeChoices(locale)]);
  const initial = { locale, campaigns: single(query.campaign), cases: single(query.case), events: query.events === '1', frequency: 'INSTANT' as const };
  const prefilled = initial.campaigns.length + initial.cases.length > 0 || initial.events;
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-700">{t('intro')}</p>
      {query.deleted === '1' ? (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('deleted')}
        </p>
      ) : null}
      <SubscriptionMessages>
        <SubscribeForm choices={choices} initial={{ ...initial, scope: prefilled ? 'chosen' : 'everything' }} humanCheck={humanCheck().challenge()} />
      </SubscriptionMessages>
    </div>
  );
}
