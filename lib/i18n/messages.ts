import type { Messages } from 'next-intl';
import type { Locale } from './routing';

/** One JSON file per namespace and language under messages/<locale>/, so features do not share files. */
export const messageNamespaces = ['common', 'dates', 'status', 'home', 'cases', 'sources', 'demands', 'events', 'search', 'workspace', 'validation', 'people', 'editing', 'import', 'records', 'emails', 'alerts', 'subscriptions', 'about', 'errors'] as const;

const loaded = new Map<Locale, Promise<Messages>>();

/** Every namespace of one language, read once per process. */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) loaded.set(locale, (messages = readMessages(locale)));
  return messages;
}

async function readMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    messageNamespaces.map(async (namespace) => {
      const module = (await import(`../../messages/${locale}/${namespace}.json`)) as { default: unknown };
      return [namespace, module.default] as const;
    }),
  );
  return Object.fromEntries(entries) as Messages;
}

/** Named formats used in messages, e.g. "{date, date, monthYear}". Calendar dates are stored at UTC midnight. */
export const formats = {
  dateTime: {
    long: { day: 'numeric', month: 'long', year: 'numeric' },
    monthYear: { month: 'long', year: 'numeric' },
    year: { year: 'numeric' },
  },
} as const;

export const calendarTimeZone = 'UTC';
