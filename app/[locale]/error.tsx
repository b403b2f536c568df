'use client';

import { useLocale } from 'next-intl';
import { errorTexts } from '@/lib/i18n/error-texts';

/** A page that failed (the database away, say), in the visitor's language; the error itself is in the server log. */
export default function ErrorPage() {
  const text = errorTexts[useLocale()];
  return (
    <div role="alert" className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <p>{text.body}</p>
      <button type="button" onClick={() => window.location.reload()} className="rounded bg-red-800 px-4 py-1.5 font-medium text-white hover:bg-red-900">
        {text.retry}
      </button>
    </div>
  );
}
