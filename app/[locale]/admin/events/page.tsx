import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { listEventsForEditing } from '@/lib/events/editor-queries';
import { Link } from '@/lib/i18n/navigation';
import { wallClockIn } from '@/lib/updates/schedule-time';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { InstantText } from '../../../_components/workspace/instant-text';

export default async function WorkspaceEventsPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, kinds, events] = await Promise.all([getTranslations('records'), getTranslations('events.kind'), listEventsForEditing()]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('events.title')}</h1>
        {hasRole(user, 'ORGANIZER') ? (
          <Link href="/admin/events/new" className="rounded bg-red-800 px-4 py-2 font-medium text-white">
            {t('events.new')}
          </Link>
        ) : (
          <p className="text-sm text-stone-600">{t('readOnly')}</p>
        )}
      </div>
      <p className="text-sm">
        <Link href="/events" className="underline">
          {t('events.publicPage')}
        </Link>
      </p>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-2">
              {t('eventForm.title')}
            </th>
            <th scope="col" className="p-2">
              {t('eventForm.startsAt')}
            </th>
            <th scope="col" className="p-2">
              {t('lastChange')}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-stone-200" data-event={event.slug}>
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={`/admin/events/${event.id}`} className="font-medium underline">
                  {event.title}
                </Link>
                <span className="block text-xs text-stone-600">
                  {kinds(event.kind)}
                  {event.city ? ` · ${event.city}` : ''}
                  {event.cancelled ? ` · ${t('eventForm.cancelled')}` : ''}
                </span>
              </th>
              <td className="p-2">
                {wallClockIn(event.startsAt, event.timeZone).replace('T', ' ')} ({event.timeZone})
              </td>
              <td className="p-2">
                <InstantText date={event.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
