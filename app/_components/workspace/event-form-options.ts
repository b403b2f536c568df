import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getEventFormOptions } from '@/lib/events/editor-queries';
import { EventKind } from '@/lib/generated/prisma/enums';
import { schedulingTimeZones } from '@/lib/updates/schedule-time';
import { getEditingChoices } from './editing-choices';
import type { EventFormOptions } from './event-form';

/** The choices of the event form, with the labels translated on the server. */
export async function getEventFormChoices(): Promise<EventFormOptions> {
  const [options, choices, events] = await Promise.all([getEventFormOptions(), getEditingChoices(), getTranslations('events')]);
  return {
    ...options,
    languages: choices.languages,
    kinds: Object.values(EventKind).map((value) => ({ value, label: events(`kind.${value}`) })),
    timeZones: schedulingTimeZones(),
  };
}
