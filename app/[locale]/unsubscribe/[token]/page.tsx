import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { unsubscribeAll } from '@/lib/subscriptions/actions';
import { subscriberEmail } from '@/lib/subscriptions/queries';
import { subscriberIdForToken } from '@/lib/subscriptions/tokens';
import { LinkInvalid, tokenPageMetadata } from '../../../_components/subscriptions/link-invalid';
import { TokenActionButton } from '../../../_components/subscriptions/token-action-button';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('subscriptions.unsubscribe');
  return { title: t('title'), ...tokenPageMetadata };
}

/** Where the unsubscribe link of an email leads in a browser: a button, so link scanners unsubscribe no one. */
export default async function UnsubscribePage({ params }: Props) {
  const { locale, token } = await params;
  const subscriberId = await subscriberIdForToken(token, 'MANAGE');
  const subscriber = subscriberId && (await subscriberEmail(subscriberId));
  if (!subscriber) return <LinkInvalid />;
  const t = await getTranslations('subscriptions.unsubscribe');
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {subscriber.state === 'UNSUBSCRIBED' ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('done', { email: subscriber.email })}
        </p>
      ) : (
        <>
          <p>{t('body', { email: subscriber.email })}</p>
          <TokenActionButton action={unsubscribeAll} token={token} label={t('button')} pendingLabel={t('button')} />
        </>
      )}
      <a href={`/${locale}/subscription/${token}`} className="inline-block text-red-800 underline">
        {t('preferences')}
      </a>
    </div>
  );
}
