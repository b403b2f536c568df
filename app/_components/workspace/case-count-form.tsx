'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormProvider, useForm, type Resolver } from 'react-hook-form';
import { addCaseCount } from '@/lib/cases/actions';
import { caseCountSchema, type CaseCountFormValues, type CaseCountInput } from '@/lib/cases/count.schema';
import { CountQualifier } from '@/lib/generated/prisma/enums';
import { useRouter } from '@/lib/i18n/navigation';
import { Field, FormMessage, HydratedFieldset, inputClass, SelectField, showServerErrors, usePrecisionChoices } from './form-field';
import { SourcesField, type SourceDocumentOption } from './sources-field';
import { useCallAction } from './use-call-action';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';

/** Adds a group's latest number, with the quotes that give it. */
export function CaseCountForm({ caseId, documents }: { caseId: string; documents: SourceDocumentOption[] }) {
  const t = useTranslations('editing.counts');
  const editing = useTranslations('editing');
  const router = useRouter();
  const callAction = useCallAction();
  const precisions = usePrecisionChoices();
  const defaultValues: CaseCountFormValues = {
    caseId,
    count: '',
    qualifier: 'EXACT',
    asOf: '',
    asOfPrecision: 'DAY',
    sources: [{ documentId: '', quoteId: '', text: '', field: 'count', note: '' }],
  };
  // An empty number field holds '' (the schema then says it is required), which the schema's input type has no room for.
  const resolver = zodResolver(caseCountSchema) as unknown as Resolver<CaseCountFormValues, unknown, CaseCountInput>;
  const form = useForm<CaseCountFormValues, unknown, CaseCountInput>({ resolver, defaultValues });
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  useUnsavedChangesWarning(form.formState.isDirty, editing('unsavedChanges'));

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await callAction(() => addCaseCount(values));
    if (!result.ok) {
      showServerErrors(form.setError, result.errors);
      return setMessage({ text: result.message ?? '', tone: 'error' });
    }
    form.reset(defaultValues);
    setMessage({ text: t('saved'), tone: 'success' });
    router.refresh();
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} method="post" noValidate className="rounded border border-stone-300 p-4">
        <HydratedFieldset className="space-y-4">
          <h3 className="text-lg font-bold">{t('new')}</h3>
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField name="qualifier" label={t('qualifier')} choices={Object.values(CountQualifier).map((value) => ({ value, label: t(`qualifiers.${value}`) }))} />
            <Field name="count" label={t('count')}>
              {(props) => <input {...props} type="number" min={0} inputMode="numeric" className={inputClass} {...form.register('count', { setValueAs: (value: string) => (value === '' ? '' : Number(value)) })} />}
            </Field>
            <Field name="asOf" label={t('asOf')} hint={t('asOfHint')}>
              {(props) => <input {...props} type="date" className={inputClass} {...form.register('asOf')} />}
            </Field>
            <SelectField name="asOfPrecision" label={editing('updateForm.precision')} choices={precisions} />
          </div>
          <SourcesField name="sources" documents={documents} supports={['count']} hint={t('sourcesHint')} />
          <FormMessage message={message?.text ?? null} tone={message?.tone ?? 'error'} />
          <button type="submit" disabled={form.formState.isSubmitting} className="rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60">
            {t('submit')}
          </button>
        </HydratedFieldset>
      </form>
    </FormProvider>
  );
}
