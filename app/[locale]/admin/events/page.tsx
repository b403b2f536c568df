import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { listEventsForEditing } from '@/lib/events/editor-queries';
import { wallClockIn } from '@/lib/updates/schedule-time';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { RecordList } from '../../../_components/workspace/record-list';

export default async function WorkspaceEventsPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, kinds, events] = await Promise.all([getTranslations('records'), getTranslations('events.kind'), listEventsForEditing()]);
  return (
    <RecordList
      title={t('events.title')}
      canEdit={hasRole(user, 'ORGANIZER')}
      readOnlyLabel={t('readOnly')}
      newRecord={{ href: '/admin/events/new', label: t('events.new') }}
      publicPage={{ href: '/events', label: t('events.publicPage') }}
      columns={[t('eventForm.title'), t('eventForm.startsAt'), t('lastChange')]}
      kind="event"
      rows={events.map((event) => ({
        id: event.id,
        slug: event.slug,
        href: `/admin/events/${event.id}`,
        name: event.title,
        detail: [kinds(event.kind), event.city, event.cancelled ? t('eventForm.cancelled') : null].filter(Boolean).join(' · '),
        cells: [`${wallClockIn(event.startsAt, event.timeZone).replace('T', ' ')} (${event.timeZone})`],
        updatedAt: event.updatedAt,
      }))}
    />
  );
}
