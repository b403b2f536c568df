import { useFormatter } from 'next-intl';

/** A moment in the workspace, in UTC so that organizers in different countries read the same time. */
export function InstantText({ date }: { date: Date }) {
  const format = useFormatter();
  return <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC</time>;
}
