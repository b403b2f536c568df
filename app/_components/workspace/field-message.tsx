'use client';

import { validationKeys } from '@/lib/validation/messages';
import { FieldError } from './field-error';

/**
 * A field's error whatever its origin: a validation key (from the schema, on the client or the server) or a
 * sentence the server already wrote in the user's language (a SafeError about this field).
 */
export function FieldMessage({ id, error }: { id: string; error?: string }) {
  if (!error || (validationKeys as readonly string[]).includes(error)) return <FieldError id={id} errorKey={error} />;
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-800">
      {error}
    </p>
  );
}
