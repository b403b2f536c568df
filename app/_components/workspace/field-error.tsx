'use client';

import { useTranslations } from 'next-intl';
import { validationKeys, type ValidationKey } from '@/lib/validation/messages';

const isValidationKey = (error: string): error is ValidationKey => (validationKeys as readonly string[]).includes(error);

/**
 * A field's error in the user's language, whatever its origin: a validation key (from the form's schema, on the
 * client or the server) or a sentence the server already wrote for the user (a SafeError about this field).
 */
export function FieldError({ id, error }: { id: string; error?: string }) {
  const t = useTranslations('validation');
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-800">
      {error ? (isValidationKey(error) ? t(error) : error) : null}
    </p>
  );
}
