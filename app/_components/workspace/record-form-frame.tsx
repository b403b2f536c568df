'use client';

import type { BaseSyntheticEvent, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { ConflictNotice, conflictRows } from './conflict-notice';
import { FormMessage, HydratedFieldset } from './form-field';

/** What a versioned save gives the form (useVersionedSave, useRecordForm). */
type Save<Values> = {
  onSubmit: (event?: BaseSyntheticEvent) => unknown;
  /** The outcome of the last save, shown under the fields. */
  message: { text: string; tone: 'error' | 'success' } | null;
  /** Someone saved the record since the form was opened: their values, shown field by field beside the person's. */
  conflict: { changedAt: string; theirs: Values } | null;
  /** Why keeping one's own values is no longer possible (e.g. the draft was published meanwhile). */
  blockedReason?: string | null;
  keepMine: () => void;
  takeTheirs: () => void;
};

type Props<Values extends Record<string, unknown>, Form extends Values & FieldValues> = {
  form: UseFormReturn<Form>;
  save: Save<Values>;
  fields: { name: keyof Values & string; label: string }[];
  /** A stored value as the conflict notice shows it; the value itself when absent. */
  display?: (name: keyof Values & string, value: unknown) => string;
  /** A reader sees the fields disabled and no submit button. */
  readOnly: boolean;
  children: ReactNode;
} & (
  | { submitLabel: string }
  /** Several ways to submit (save as draft, publish…) instead of one button. */
  | { actions: ReactNode }
);

/**
 * A workspace record form: react-hook-form's context, the form itself, the conflict notice above its fields, and the
 * save's outcome and the submit button under them.
 */
export function RecordFormFrame<Values extends Record<string, unknown>, Form extends Values & FieldValues>({
  form,
  save: { onSubmit, message, conflict, blockedReason, keepMine, takeTheirs },
  fields,
  display = (_name, value) => String(value ?? ''),
  readOnly,
  children,
  ...submit
}: Props<Values, Form>) {
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} method="post" noValidate>
        <HydratedFieldset className="space-y-6">
          {conflict ? (
            <ConflictNotice
              changedAt={conflict.changedAt}
              rows={conflictRows(fields, conflict.theirs, form.getValues(), display)}
              blockedReason={blockedReason}
              onKeepMine={keepMine}
              onTakeTheirs={takeTheirs}
            />
          ) : null}
          <fieldset disabled={readOnly} className="space-y-4">
            {children}
          </fieldset>
          <FormMessage message={message?.text || null} tone={message?.tone ?? 'error'} />
          {readOnly ? null : 'actions' in submit ? (
            submit.actions
          ) : (
            <button type="submit" disabled={form.formState.isSubmitting} className="rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60">
              {submit.submitLabel}
            </button>
          )}
        </HydratedFieldset>
      </form>
    </FormProvider>
  );
}
