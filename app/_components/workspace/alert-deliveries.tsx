import { useTranslations } from 'next-intl';
import type { AlertDeliveryCounts } from '@/lib/alerts/queries';
import { InstantText } from './instant-text';
import { RefreshWhileQueued } from './refresh-while-queued';

const countNames = ['followers', 'queued', 'sent', 'failed', 'skipped', 'bounced', 'complained', 'suppressed'] as const;
/** Followers the alert's deliveries leave out: shown for a publication or an announcement only. */
const outsideNames = ['weekly', 'suppressedBefore'] as const;

/** How far each email alert of an update or an action has gone out, live while some are still queued. */
export function AlertDeliveries({ alerts }: { alerts: AlertDeliveryCounts[] }) {
  const t = useTranslations('alerts');
  return (
    <section aria-labelledby="alert-deliveries" className="space-y-3 rounded border border-stone-300 p-4">
      <h2 id="alert-deliveries" className="text-lg font-bold">
        {t('title')}
      </h2>
      {alerts.length === 0 ? <p className="text-stone-700">{t('none')}</p> : null}
      {alerts.map((alert) => {
        const handled = alert.followers - alert.queued;
        const progressId = `alert-progress-${alert.alertId}`;
        return (
          <article key={alert.alertId} aria-labelledby={`alert-${alert.alertId}`} data-testid="alert-deliveries" className="space-y-2">
            <h3 id={`alert-${alert.alertId}`} className="font-semibold">
              {t(`kinds.${alert.kind}`)}
            </h3>
            <p className="text-sm text-stone-600">
              {t('queuedAt')} <InstantText date={alert.createdAt} />
            </p>
            {alert.followers === 0 ? (
              <p className="text-stone-700">{t('noFollowers')}</p>
            ) : (
              <div className="space-y-1">
                <label htmlFor={progressId} className="text-sm">
                  {t('progress', { handled, followers: alert.followers })}
                </label>
                <progress id={progressId} value={handled} max={alert.followers} className="block h-3 w-full" />
              </div>
            )}
            <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4 lg:grid-cols-8">
              {countNames.map((name) => (
                <div key={name}>
                  <dt className="text-stone-600">{t(`counts.${name}`)}</dt>
                  <dd className="font-semibold tabular-nums">{alert[name]}</dd>
                </div>
              ))}
            </dl>
            {alert.weekly !== null ? (
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                {outsideNames.map((name) => (
                  <div key={name}>
                    <dt className="text-stone-600">{t(`counts.${name}`)}</dt>
                    <dd className="font-semibold tabular-nums">{alert[name]}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </article>
        );
      })}
      {alerts.some((alert) => alert.bounced + alert.complained + alert.suppressed > 0) ? <p className="text-sm text-stone-600">{t('reportsHint')}</p> : null}
      {alerts.some((alert) => alert.weekly !== null) ? <p className="text-sm text-stone-600">{t('outsideHint')}</p> : null}
      <RefreshWhileQueued queued={alerts.some((alert) => alert.queued > 0)} />
    </section>
  );
}
