'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, type ReactNode } from 'react';
import { get, useFormContext, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import { DatePrecision } from '@/lib/generated/prisma/enums';
import { FieldError } from './field-error';

export const inputClass = 'mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 disabled:bg-stone-100';

/** A field's error: the editing messages for rules of the workspace forms, the validation messages otherwise. */
export function EditingFieldError({ id, errorKey }: { id: string; errorKey?: string }) {
  const t = useTranslations('editing.fieldErrors');
  const editingRule = errorKey && t.has(errorKey as Parameters<typeof t.has>[0]) ? t(errorKey as Parameters<typeof t>[0]) : errorKey;
  return <FieldError id={id} error={editingRule} />;
}

export type Choice = { value: string; label: string };

type SelectFieldProps = { name: string; label: string; hint?: string; choices: readonly Choice[]; emptyLabel?: string; multipleRows?: number };

/** A labelled select of the form; `emptyLabel` adds a first option meaning "none"; `multipleRows` makes it a list of that height where several can be chosen. */
export function SelectField({ name, label, hint, choices, emptyLabel, multipleRows }: SelectFieldProps) {
  const { register } = useFormContext();
  return (
    <Field name={name} label={label} hint={hint}>
      {(control) => (
        <select {...control} multiple={multipleRows !== undefined} size={multipleRows} className={inputClass} {...register(name)}>
          {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The choices of how precise a date is (day, month, year…), labelled in the reader's language. */
export function usePrecisionChoices(): Choice[] {
  const t = useTranslations('editing.updateForm.precisions');
  return Object.values(DatePrecision).map((value) => ({ value, label: t(value) }));
}

export const fieldId = (name: string) => `field-${name.replace(/\./g, '-')}`;

type ControlProps = { id: string; 'aria-invalid': boolean; 'aria-describedby': string };

/** A labelled form control with its hint and error, wired for screen readers; `children` renders the control. */
export function Field({ name, label, hint, children }: { name: string; label: string; hint?: string; children: (props: ControlProps) => ReactNode }) {
  const { formState } = useFormContext();
  const id = fieldId(name);
  const errorKey = (get(formState.errors, name) as { message?: string } | undefined)?.message;
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': Boolean(errorKey), 'aria-describedby': describedBy })}
      <EditingFieldError id={`${id}-error`} errorKey={errorKey} />
    </div>
  );
}

/** Shows the server's field errors (keys of the validation or editing messages) beside their fields. */
export function showServerErrors<Values extends FieldValues>(setError: UseFormSetError<Values>, errors: Record<string, string[]> | undefined) {
  for (const [name, keys] of Object.entries(errors ?? {})) {
    if (keys[0]) setError(name as Path<Values>, { type: 'server', message: keys[0] }, { shouldFocus: true });
  }
}

/** The outcome of a save, announced to screen readers. */
export function FormMessage({ message, tone }: { message: string | null; tone: 'error' | 'success' }) {
  if (!message) return null;
  return (
    <p role={tone === 'error' ? 'alert' : 'status'} className={tone === 'error' ? 'rounded border border-red-300 bg-red-50 p-3 text-red-900' : 'rounded border border-green-300 bg-green-50 p-3 text-green-900'}>
      {message}
    </p>
  );
}

/**
 * A workspace form's fields and buttons, disabled until the page's script has taken the form over: before, a form
 * submitted natively would send what was typed to the server in the page address, and what was typed or chosen
 * would be reset to the form's starting values when react-hook-form registers each field.
 */
export function HydratedFieldset({ className, children }: { className?: string; children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <fieldset disabled={!hydrated} className={`min-w-0 ${className ?? ''}`}>
      {children}
    </fieldset>
  );
}
