'use client';

import './globals.css';
import { errorTexts } from '@/lib/i18n/error-texts';

/** When even the page's frame failed, the language is not known: the message is given in each of them. */
export default function GlobalError() {
  return (
    <html lang="en">
      <body className="mx-auto max-w-2xl space-y-6 p-8 font-sans">
        {Object.entries(errorTexts).map(([locale, text]) => (
          <section key={locale} lang={locale} role="alert">
            <h1 className="text-2xl font-bold">{text.title}</h1>
            <p className="mt-2">{text.body}</p>
          </section>
        ))}
        <button type="button" onClick={() => window.location.reload()} className="rounded bg-red-800 px-4 py-1.5 font-medium text-white">
          {Object.values(errorTexts).map((text) => text.retry).join(' · ')}
        </button>
      </body>
    </html>
  );
}
