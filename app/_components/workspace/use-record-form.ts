'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import type { FormState } from '@/lib/actions/workspace-action';
import type { SaveOutcome } from '@/lib/updates/outcome';
import type { z } from '@/lib/validation/messages';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';
import { useVersionedSave } from './versioned-save';

type Versioned<Values> = Values & { id: string; version: number };

/** The record being edited, with the version the form was opened at; or, for a new record, how to create it. */
export type RecordTarget =
  | { id: string; version: number }
  | {
      id?: undefined;
      create: (values: unknown) => Promise<FormState<{ id: string }>>;
      /** Where the created record's edit page lives, e.g. "/admin/campaigns". */
      basePath: string;
    };

type Options<Values extends FieldValues> = {
  /** The create or the edit schema, matching the target. */
  schema: z.ZodType;
  target: RecordTarget;
  defaultValues: Values;
  save: (input: Versioned<Values>) => Promise<FormState<SaveOutcome<Values>>>;
  savedMessage: string;
  readOnly: boolean;
};

/**
 * The form of a versioned record: validates with the record's schema; a new record is created and its edit page
 * opened; an existing one is saved with the version it was opened at, and on a conflict keeps what was typed and
 * holds the stored version to show beside it.
 */
export function useRecordForm<Values extends FieldValues>({ schema, target, defaultValues, save, savedMessage, readOnly }: Options<Values>) {
  const editing = useTranslations('editing');
  const form = useForm<Versioned<Values>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Versioned<Values>>,
    defaultValues: (target.id === undefined ? defaultValues : { ...defaultValues, id: target.id, version: target.version }) as DefaultValues<Versioned<Values>>,
  });
  useUnsavedChangesWarning(form.formState.isDirty && !readOnly, editing('unsavedChanges'));
  const { onSubmit, message, conflict, keepMine, takeTheirs } = useVersionedSave(
    form,
    target.id === undefined
      ? { recordId: undefined, create: target.create, basePath: target.basePath, update: save, savedText: savedMessage }
      : { recordId: target.id, update: (values) => save({ ...values, id: target.id }), savedText: savedMessage },
  );
  return { form, onSubmit, message, conflict, keepMine, takeTheirs };
}
