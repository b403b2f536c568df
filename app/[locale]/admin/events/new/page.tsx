import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { EventForm } from '../../../../_components/workspace/event-form';
import { getEventFormChoices } from '../../../../_components/workspace/event-form-options';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { EditorPage } from '../../../../_components/workspace/editor-page';

export default async function NewEventPage() {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, options] = await Promise.all([getTranslations('records'), getEventFormChoices()]);
  return (
    <EditorPage back="/admin/events" backLabel={t('events.title')} title={t('events.new')}>
      <EventForm
        mode="create"
        options={options}
        defaultValues={{
          slug: '',
          title: '',
          kind: 'PICKET',
          description: '',
          language: 'fr',
          startsAt: '',
          endsAt: '',
          timeZone: 'Asia/Almaty',
          allDay: false,
          datePrecision: 'DAY',
          city: '',
          country: '',
          venue: '',
          onlineUrl: '',
          organiserId: '',
          campaignId: options.campaigns[0]?.value ?? '',
          caseIds: [],
          demandIds: [],
          cancelled: false,
        }}
      />
    </EditorPage>
  );
}
