'use client';

import { useSyncExternalStore } from 'react';
import { formatTimesInZone } from '@/lib/events/format';

const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const unknownOnServer = () => null;

type Props = { startsAt: Date; endsAt: Date | null; eventTimeZone: string; locale: string; label: string };

/** An event's times in the visitor's own time zone, once the browser tells which it is; nothing without JavaScript. */
export function VisitorTime({ startsAt, endsAt, eventTimeZone, locale, label }: Props) {
  const timeZone = useSyncExternalStore(noSubscription, browserTimeZone, unknownOnServer);
  if (!timeZone || timeZone === eventTimeZone) return null;
  return (
    <span className="block text-sm text-stone-600" data-testid="visitor-time">
      {label} {formatTimesInZone(locale, startsAt, endsAt, timeZone)}
    </span>
  );
}
