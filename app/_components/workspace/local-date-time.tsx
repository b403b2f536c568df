'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
// dateStyle and timeStyle cannot be combined with timeZoneName, hence the fields one by one.
const fields = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' } as const;

/** An instant in the viewer's own time zone, which only the browser knows (nothing is shown before hydration). */
export function LocalDateTime({ iso }: { iso: string }) {
  const t = useTranslations('people.audit');
  const locale = useLocale();
  const time = useSyncExternalStore(
    subscribe,
    () => new Intl.DateTimeFormat(locale, fields).format(new Date(iso)),
    () => null,
  );
  return time ? <span className="block text-xs text-stone-600">{t('yourTime', { time })}</span> : null;
}
