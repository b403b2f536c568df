'use client';

import { useTranslations } from 'next-intl';
import { FormProvider } from 'react-hook-form';
import { updateCampaign } from '@/lib/campaigns/actions';
import { campaignEditSchema, type CampaignFormValues } from '@/lib/campaigns/campaign.schema';
import { ConflictNotice, conflictRows } from './conflict-notice';
import { Field, FormMessage, inputClass, useHydrated } from './form-field';
import { useVersionedEditForm } from './use-versioned-edit-form';

type Props = { campaignId: string; version: number; defaultValues: CampaignFormValues; /** The content's language, for the lang attribute of its fields. */ language: string; readOnly: boolean };

const fields = ['title', 'summary', 'position'] as const;

export function CampaignForm({ campaignId, version, defaultValues, language, readOnly }: Props) {
  const t = useTranslations('records.campaignForm');
  const hydrated = useHydrated();
  const { form, onSubmit, message, conflict, keepMine, takeTheirs } = useVersionedEditForm({
    schema: campaignEditSchema,
    id: campaignId,
    version,
    defaultValues,
    save: updateCampaign,
    savedMessage: t('saved'),
    readOnly,
  });
  const { register, getValues, formState } = form;

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} method="post" noValidate className="space-y-6">
        {conflict ? (
          <ConflictNotice
            changedAt={conflict.changedAt}
            rows={conflictRows(
              fields.map((name) => ({ name, label: t(name) })),
              conflict.theirs,
              getValues(),
              (_name, value) => String(value ?? ''),
            )}
            onKeepMine={keepMine}
            onTakeTheirs={takeTheirs}
          />
        ) : null}
        <fieldset disabled={readOnly} className="space-y-4">
          <Field name="title" label={t('title')}>
            {(control) => <input {...control} lang={language} className={inputClass} {...register('title')} />}
          </Field>
          <Field name="summary" label={t('summary')}>
            {(control) => <textarea {...control} lang={language} rows={5} className={inputClass} {...register('summary')} />}
          </Field>
          <Field name="position" label={t('position')} hint={t('positionHint')}>
            {(control) => <input {...control} type="number" min={0} step={1} className={`${inputClass} sm:w-32`} {...register('position', { valueAsNumber: true })} />}
          </Field>
        </fieldset>
        <FormMessage message={message?.text || null} tone={message?.tone ?? 'error'} />
        {readOnly ? null : (
          <button type="submit" disabled={!hydrated || formState.isSubmitting} className="rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60">
            {t('save')}
          </button>
        )}
      </form>
    </FormProvider>
  );
}
