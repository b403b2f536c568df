import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { Link } from '@/lib/i18n/navigation';
import { EventForm } from '../../../../_components/workspace/event-form';
import { getEventFormChoices } from '../../../../_components/workspace/event-form-options';
import { Forbidden } from '../../../../_components/workspace/forbidden';

export default async function NewEventPage() {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, options] = await Promise.all([getTranslations('records'), getEventFormChoices()]);
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/admin/events" className="underline">
          {t('events.title')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('events.new')}</h1>
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
    </div>
  );
}
