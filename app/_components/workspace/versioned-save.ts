'use client';

import { useState } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import type { FormState } from '@/lib/actions/workspace-action';
import { useRouter } from '@/lib/i18n/navigation';
import type { EditConflict, SaveOutcome } from '@/lib/updates/outcome';
import { showServerErrors } from './form-field';
import { useCallAction } from './use-call-action';

type Options<Values, Stored> = {
  update: (values: Values & { id: string }) => Promise<FormState<SaveOutcome<Stored>>>;
  savedText: string;
} & (
  | { /** The record being edited. */ recordId: string }
  | {
      recordId: undefined;
      create: (values: Values) => Promise<FormState<{ id: string }>>;
      /** Where a created record's edit page lives, e.g. "/admin/cases". */
      basePath: string;
    }
);

/**
 * Saving a versioned record from its form: create then open its edit page, or update with the version the form
 * was opened with; a conflict is kept to be shown beside the form, nothing typed is lost, field errors go to
 * their fields.
 */
export function useVersionedSave<Values extends FieldValues & { version?: number }, Stored>(form: UseFormReturn<Values>, options: Options<Values, Stored>) {
  const router = useRouter();
  const callAction = useCallAction();
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const [conflict, setConflict] = useState<EditConflict<Stored> | null>(null);

  const refused = (result: FormState<unknown>) => {
    showServerErrors(form.setError, result.errors);
    setMessage({ text: result.message ?? '', tone: 'error' });
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    if (options.recordId === undefined) {
      const result = await callAction(() => options.create(values));
      if (!result.ok || !result.data) return refused(result);
      form.reset(values);
      return router.push(`${options.basePath}/${result.data.id}`);
    }
    const result = await callAction(() => options.update({ ...values, id: options.recordId }));
    if (!result.ok || !result.data) return refused(result);
    if ('conflict' in result.data) return setConflict(result.data.conflict);
    setConflict(null);
    form.reset({ ...values, version: result.data.saved.version });
    setMessage({ text: options.savedText, tone: 'success' });
    router.refresh();
  });

  /** Save what was typed over the stored version, or drop it for the stored one. */
  const keepMine = () => {
    if (!conflict) return;
    form.setValue('version' as Path<Values>, conflict.version as PathValue<Values, Path<Values>>);
    void onSubmit();
  };
  const takeTheirs = () => {
    if (!conflict) return;
    form.reset({ ...conflict.theirs, id: form.getValues('id' as Path<Values>), version: conflict.version } as unknown as Values);
    setConflict(null);
  };

  return { onSubmit, message, conflict, keepMine, takeTheirs };
}
