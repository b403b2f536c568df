'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useRouter } from '@/lib/i18n/navigation';
import { retractUpdate } from '@/lib/updates/actions';
import { updateRetractSchema, type UpdateRetractInput } from '@/lib/updates/update.schema';
import { Field, FormMessage, HydratedFieldset, inputClass, showServerErrors } from './form-field';
import { useCallAction } from './use-call-action';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';

/** Withdraws a published update, with the reason readers will see. */
export function RetractForm({ updateId, version }: { updateId: string; version: number }) {
  const t = useTranslations('editing.retract');
  const editing = useTranslations('editing');
  const router = useRouter();
  const callAction = useCallAction();
  const form = useForm<UpdateRetractInput>({ resolver: zodResolver(updateRetractSchema), defaultValues: { id: updateId, version, reason: '' } });
  const [message, setMessage] = useState<string | null>(null);
  useUnsavedChangesWarning(form.formState.isDirty, editing('unsavedChanges'));

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await callAction(() => retractUpdate(values));
    if (!result.ok || !result.data) {
      showServerErrors(form.setError, result.errors);
      return setMessage(result.message ?? null);
    }
    if ('conflict' in result.data) return setMessage(t('changed'));
    form.reset(values);
    router.refresh();
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} method="post" noValidate className="rounded border border-red-200 bg-red-50/40 p-4">
        <HydratedFieldset className="space-y-4">
          <h2 className="text-lg font-bold">{t('title')}</h2>
          <p className="text-sm text-stone-700">{t('intro')}</p>
          <Field name="reason" label={t('reason')} hint={t('reasonHint')}>
            {(props) => <textarea {...props} rows={2} className={inputClass} {...form.register('reason')} />}
          </Field>
          <FormMessage message={message} tone="error" />
          <button type="submit" disabled={form.formState.isSubmitting} className="rounded border border-red-800 px-4 py-2 font-medium text-red-900 disabled:opacity-60">
            {t('submit')}
          </button>
        </HydratedFieldset>
      </form>
    </FormProvider>
  );
}
