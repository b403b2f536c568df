import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { confirmSubscription } from '@/lib/subscriptions/actions';
import { subscriberIdForToken } from '@/lib/subscriptions/tokens';
import { LinkInvalid, tokenPageMetadata } from '../../../../_components/subscriptions/link-invalid';
import { TokenActionButton } from '../../../../_components/subscriptions/token-action-button';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('subscriptions.confirm');
  return { title: t('title'), ...tokenPageMetadata };
}

/** Opening the link confirms nothing (mail scanners open links): the button posts the token. */
export default async function ConfirmSubscriptionPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await subscriberIdForToken(token, 'CONFIRM'))) return <LinkInvalid />;
  const t = await getTranslations('subscriptions.confirm');
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('body')}</p>
      <TokenActionButton action={confirmSubscription} token={token} label={t('button')} pendingLabel={t('confirming')} />
    </div>
  );
}
