import { getTranslations } from 'next-intl/server';
import { upcomingEventsForCase } from '@/lib/events/queries';
import { EventList } from './events';

/** The case's upcoming actions on its page; nothing when none is announced. */
export async function CaseEvents({ caseId, locale }: { caseId: string; locale: string }) {
  const events = await upcomingEventsForCase(caseId, locale);
  if (events.length === 0) return null;
  const t = await getTranslations('events');
  return (
    <section aria-labelledby="case-events-heading" data-testid="case-events">
      <h2 id="case-events-heading" className="text-xl font-bold">
        {t('upcoming')}
      </h2>
      <EventList events={events} />
    </section>
  );
}
