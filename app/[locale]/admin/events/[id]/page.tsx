import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getAlertDeliveryCounts } from '@/lib/alerts/queries';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { getEventForEditing } from '@/lib/events/editor-queries';
import { Link } from '@/lib/i18n/navigation';
import { AlertDeliveries } from '../../../../_components/workspace/alert-deliveries';
import { EventForm } from '../../../../_components/workspace/event-form';
import { getEventFormChoices } from '../../../../_components/workspace/event-form-options';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { EditorPage } from '../../../../_components/workspace/editor-page';

type Props = { params: Promise<{ id: string }> };

export default async function EditEventPage({ params }: Props) {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const { id } = await params;
  const found = await getEventForEditing(id);
  if (!found) notFound();
  const [t, options, alerts] = await Promise.all([getTranslations('records'), getEventFormChoices(), getAlertDeliveryCounts({ eventId: id })]);
  const canEdit = hasRole(user, 'ORGANIZER');
  return (
    <EditorPage back="/admin/events" backLabel={t('events.title')} title={found.values.title}>
      <p className="text-sm">
        <Link href={`/events/${found.values.slug}`} className="underline">
          {t('events.publicEventPage')}
        </Link>
      </p>
      {canEdit ? null : (
        <p role="note" className="rounded border border-stone-300 bg-stone-50 p-3">
          {t('readOnly')}
        </p>
      )}
      <AlertDeliveries alerts={alerts} />
      <EventForm mode="edit" eventId={id} version={found.version} defaultValues={found.values} options={options} readOnly={!canEdit} />
    </EditorPage>
  );
}
