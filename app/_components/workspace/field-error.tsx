'use client';

import { useTranslations } from 'next-intl';
import { validationKeys, type ValidationKey } from '@/lib/validation/messages';

/** A field's validation error in the user's language; the schema gives keys, not sentences. */
export function FieldError({ id, errorKey }: { id: string; errorKey?: string }) {
  const t = useTranslations('validation');
  const key = (validationKeys as readonly string[]).includes(errorKey ?? '') ? (errorKey as ValidationKey) : errorKey ? 'invalid' : null;
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-800">
      {key ? t(key) : null}
    </p>
  );
}
