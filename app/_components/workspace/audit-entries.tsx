import { useFormatter, useTranslations } from 'next-intl';
import type { AuditChange, AuditEntry } from '@/lib/audit/queries';
import { Link } from '@/lib/i18n/navigation';
import { LocalDateTime } from './local-date-time';

const cell = 'border-b border-stone-200 px-2 py-2 align-top';

function ChangeList({ changes }: { changes: AuditChange[] }) {
  const t = useTranslations('people.audit');
  const show = (value: AuditChange['before']) => (value === undefined || value === null ? t('none') : typeof value === 'string' ? value : JSON.stringify(value));
  if (changes.length === 0) return <span className="text-stone-600">{t('noChanges')}</span>;
  return (
    <dl className="space-y-1">
      {changes.map((change) => (
        <div key={change.key} data-change={change.key}>
          <dt className="font-mono text-xs">{change.key}</dt>
          <dd className="break-all">
            <del className="text-red-900">{show(change.before)}</del>
            <span aria-hidden="true"> → </span>
            <span className="sr-only"> {t('becomes')} </span>
            <ins className="text-green-900 no-underline">{show(change.after)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Audit entries, newest first: when (UTC and the viewer's time), who, what, about which entity, what changed. */
export function AuditEntries({ entries }: { entries: AuditEntry[] }) {
  const t = useTranslations('people.audit');
  const format = useFormatter();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className={cell}>{t('when')}</th>
            <th scope="col" className={cell}>{t('who')}</th>
            <th scope="col" className={cell}>{t('what')}</th>
            <th scope="col" className={cell}>{t('entity')}</th>
            <th scope="col" className={cell}>{t('changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-audit-entry={entry.action} data-entity-id={entry.entityId ?? undefined}>
              <td className={cell}>
                <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })} UTC</time>
                <LocalDateTime iso={entry.at.toISOString()} />
              </td>
              <td className={`${cell} break-all`}>{entry.actorEmail ?? t('system')}</td>
              <td className={cell}>
                <code>{entry.action}</code>
              </td>
              <td className={cell}>
                {entry.entityType}
                {entry.entityLabel ? <span className="block break-all">{entry.entityLabel}</span> : null}
                {entry.entityId ? (
                  <Link
                    href={{ pathname: '/admin/audit', query: { entityType: entry.entityType, entityId: entry.entityId } }}
                    className="block font-mono text-xs text-stone-600 underline"
                    aria-label={t('historyOf', { id: entry.entityId })}
                  >
                    {entry.entityId}
                  </Link>
                ) : null}
              </td>
              <td className={cell}>
                <ChangeList changes={entry.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
