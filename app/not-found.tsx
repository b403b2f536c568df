import { routing } from '@/lib/i18n/routing';

/** Addresses outside any language (the language-prefixed pages have their own, translated 404). */
export default function NotFound() {
  return (
    <html lang="en">
      <body className="mx-auto max-w-2xl p-8 font-sans">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p className="mt-4">
          {routing.locales.map((locale, index) => (
            <span key={locale}>
              {index > 0 ? ' · ' : null}
              <a href={`/${locale}/cases`} className="text-red-800 underline">
                {locale.toUpperCase()}
              </a>
            </span>
          ))}
        </p>
      </body>
    </html>
  );
}
