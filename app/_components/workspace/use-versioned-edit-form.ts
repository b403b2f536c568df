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

type Options<Values extends FieldValues> = {
  schema: z.ZodType;
  id: string;
  version: number;
  defaultValues: Values;
  save: (input: Versioned<Values>) => Promise<FormState<SaveOutcome<Values>>>;
  savedMessage: string;
  readOnly: boolean;
};

/**
 * An edit form of a versioned record: validates with the record's schema, saves with the version it was opened
 * at, and on a conflict keeps what was typed and holds the stored version to show beside it.
 */
export function useVersionedEditForm<Values extends FieldValues>({ schema, id, version, defaultValues, save, savedMessage, readOnly }: Options<Values>) {
  const editing = useTranslations('editing');
  const form = useForm<Versioned<Values>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Versioned<Values>>,
    defaultValues: { ...defaultValues, id, version } as DefaultValues<Versioned<Values>>,
  });
  useUnsavedChangesWarning(form.formState.isDirty && !readOnly, editing('unsavedChanges'));
  const { onSubmit, message, conflict, keepMine, takeTheirs } = useVersionedSave(form, {
    recordId: id,
    update: (values) => save({ ...values, id }),
    savedText: savedMessage,
  });
  return { form, onSubmit, message, conflict, keepMine, takeTheirs };
}
