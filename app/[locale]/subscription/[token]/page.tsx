import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { deleteSubscriber, revokeLinks, unsubscribeAll } from '@/lib/subscriptions/actions';
import { subscribeChoices, subscriberPreferences } from '@/lib/subscriptions/queries';
import { subscriberIdForToken } from '@/lib/subscriptions/tokens';
import { LinkInvalid, tokenPageMetadata } from '../../../_components/subscriptions/link-invalid';
import { PreferencesForm } from '../../../_components/subscriptions/preferences-form';
import { SubscriptionMessages } from '../../../_components/subscriptions/subscription-messages';
import { TokenActionButton } from '../../../_components/subscriptions/token-action-button';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale; token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('subscriptions.preferences');
  return { title: t('title'), ...tokenPageMetadata };
}

function Section({ id, title, hint, children }: { id: string; title: string; hint?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2 border-t border-stone-200 pt-6">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {hint ? <p className="text-stone-700">{hint}</p> : null}
      {children}
    </section>
  );
}

/** A subscriber's page, opened by the link in every email (no account): choices, unsubscribe, their data. */
export default async function PreferencesPage({ params }: Props) {
  const { locale, token } = await params;
  const subscriberId = await subscriberIdForToken(token, 'MANAGE');
  const preferences = subscriberId && (await subscriberPreferences(subscriberId));
  if (!preferences) return <LinkInvalid />;
  const [t, choices] = await Promise.all([getTranslations('subscriptions.preferences'), subscribeChoices(locale)]);
  const initial = {
    locale: preferences.locale as Locale,
    scope: preferences.followsEverything ? ('everything' as const) : ('chosen' as const),
    campaigns: preferences.campaigns,
    cases: preferences.cases,
    events: preferences.followsEvents,
    frequency: preferences.frequency,
  };
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2">{t('intro', { email: preferences.email })}</p>
        <p className="mt-1 text-stone-700" data-testid="subscription-state">
          {t(`state.${preferences.state}`, { date: preferences.confirmedAt ?? new Date() })}
        </p>
      </div>
      <SubscriptionMessages>
        <PreferencesForm token={token} choices={choices} initial={initial} />
      </SubscriptionMessages>
      {preferences.state === 'UNSUBSCRIBED' ? null : (
        <Section id="unsubscribe-heading" title={t('unsubscribeTitle')}>
          <TokenActionButton action={unsubscribeAll} token={token} label={t('unsubscribe')} pendingLabel={t('working')} done={t('unsubscribed')} />
        </Section>
      )}
      <Section id="data-heading" title={t('dataTitle')} hint={t('downloadHint')}>
        <a href={`/${locale}/subscription/${token}/data.json`} download className="text-red-800 underline">
          {t('download')}
        </a>
      </Section>
      <Section id="revoke-heading" title={t('revokeTitle')} hint={t('revokeHint')}>
        <TokenActionButton action={revokeLinks} token={token} label={t('revoke')} pendingLabel={t('working')} />
      </Section>
      <Section id="delete-heading" title={t('deleteTitle')} hint={t('deleteHint')}>
        <TokenActionButton action={deleteSubscriber} token={token} label={t('delete')} pendingLabel={t('working')} tone="danger" />
      </Section>
    </div>
  );
}
