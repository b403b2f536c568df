'use client';

import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { localeNames, routing } from '@/lib/i18n/routing';

/** Plain links to the same page in each language (they work without JavaScript). */
export function LocaleSwitcher({ label }: { label: string }) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <ul aria-label={label} className="flex gap-3 text-sm">
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link
            href={pathname}
            locale={locale}
            lang={locale}
            hrefLang={locale}
            aria-current={locale === current ? 'true' : undefined}
            className={locale === current ? 'font-semibold' : 'underline'}
          >
            {localeNames[locale]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
