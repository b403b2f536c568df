'use client';

import type { BaseSyntheticEvent, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { ConflictNotice, conflictRows } from './conflict-notice';

type Props<Values extends Record<string, unknown>, Form extends Values & FieldValues> = {
  form: UseFormReturn<Form>;
  onSubmit: (event?: BaseSyntheticEvent) => unknown;
  /** Someone saved the record since the form was opened: their values, shown field by field beside the person's. */
  conflict: { changedAt: string; theirs: Values } | null;
  fields: { name: keyof Values & string; label: string }[];
  display: (name: keyof Values & string, value: unknown) => string;
  blockedReason?: string | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  children: ReactNode;
};

/** A workspace record form: react-hook-form's context, the form itself, and the conflict notice above its fields. */
export function RecordFormFrame<Values extends Record<string, unknown>, Form extends Values & FieldValues>({
  form,
  onSubmit,
  conflict,
  fields,
  display,
  blockedReason,
  onKeepMine,
  onTakeTheirs,
  children,
}: Props<Values, Form>) {
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} method="post" noValidate className="space-y-6">
        {conflict ? (
          <ConflictNotice
            changedAt={conflict.changedAt}
            rows={conflictRows(fields, conflict.theirs, form.getValues(), display)}
            blockedReason={blockedReason}
            onKeepMine={onKeepMine}
            onTakeTheirs={onTakeTheirs}
          />
        ) : null}
        {children}
      </form>
    </FormProvider>
  );
}
