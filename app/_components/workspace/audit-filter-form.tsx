import { useLocale, useTranslations } from 'next-intl';
import { systemActor, type AuditFilters } from '@/lib/audit/queries';
import { getPathname, Link } from '@/lib/i18n/navigation';

type Props = { filters: AuditFilters; actors: { id: string; email: string }[]; entityTypes: string[] };

export const utcDayText = (date: Date | undefined) => date?.toISOString().slice(0, 10);

const field = 'mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5';

/** The audit log's filters: a plain GET form, so a filtered view is an address that can be shared or bookmarked. */
export function AuditFilterForm({ filters, actors, entityTypes }: Props) {
  const t = useTranslations('people.audit.filters');
  const locale = useLocale();
  return (
    <form method="get" action={getPathname({ href: '/admin/audit', locale })} role="search" aria-labelledby="audit-filters-heading" className="mt-4 rounded border border-stone-200 bg-white p-4">
      <h2 id="audit-filters-heading" className="sr-only">
        {t('heading')}
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="audit-action" className="block font-medium">
            {t('action')}
          </label>
          <input id="audit-action" name="action" defaultValue={filters.action} maxLength={100} aria-describedby="audit-action-hint" className={field} />
          <p id="audit-action-hint" className="mt-1 text-xs text-stone-600">
            {t('actionHint')}
          </p>
        </div>
        <div>
          <label htmlFor="audit-actor" className="block font-medium">
            {t('actor')}
          </label>
          <select id="audit-actor" name="actor" defaultValue={filters.actor ?? ''} className={field}>
            <option value="">{t('anyone')}</option>
            <option value={systemActor}>{t('system')}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.email}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity-type" className="block font-medium">
            {t('entityType')}
          </label>
          <select id="audit-entity-type" name="entityType" defaultValue={filters.entityType ?? ''} className={field}>
            <option value="">{t('anyType')}</option>
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity-id" className="block font-medium">
            {t('entityId')}
          </label>
          <input id="audit-entity-id" name="entityId" defaultValue={filters.entityId} maxLength={100} className={field} />
        </div>
        <div>
          <label htmlFor="audit-from" className="block font-medium">
            {t('from')}
          </label>
          <input id="audit-from" type="date" name="from" defaultValue={utcDayText(filters.from)} className={field} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block font-medium">
            {t('to')}
          </label>
          <input id="audit-to" type="date" name="to" defaultValue={utcDayText(filters.to)} className={field} />
        </div>
      </div>
      <div className="mt-4 flex items-center gap-4">
        <button type="submit" className="rounded bg-red-800 px-4 py-1.5 font-medium text-white hover:bg-red-900">
          {t('submit')}
        </button>
        <Link href="/admin/audit" className="underline">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
