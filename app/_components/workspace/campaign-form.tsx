'use client';

import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { createCampaign, updateCampaign } from '@/lib/campaigns/actions';
import { campaignCreateSchema, campaignEditSchema, type CampaignCreateInput, type CampaignFormValues } from '@/lib/campaigns/campaign.schema';
import type { Choice } from './choices';
import { RecordFormFrame } from './record-form-frame';
import { Field, inputClass, SelectField } from './form-field';
import { useRecordForm } from './use-record-form';

type Props = (
  | { mode: 'create'; defaultValues: CampaignCreateInput; languages: Choice[] }
  | {
      mode: 'edit';
      campaignId: string;
      version: number;
      defaultValues: CampaignFormValues;
      /** The content's language, for the lang attribute of its fields. */
      language: string;
    }
) & { readOnly: boolean };

/** What the form holds: a new campaign also has its address and language, which stay as created. */
type CampaignFields = CampaignFormValues & Partial<Pick<CampaignCreateInput, 'slug' | 'language'>>;

const fields = ['title', 'summary', 'position'] as const;

export function CampaignForm(props: Props) {
  const { readOnly } = props;
  const t = useTranslations('records.campaignForm');
  const { form, ...save } = useRecordForm<CampaignFields>({
    schema: props.mode === 'create' ? campaignCreateSchema : campaignEditSchema,
    target: props.mode === 'create' ? { create: createCampaign, basePath: '/admin/campaigns' } : { id: props.campaignId, version: props.version },
    defaultValues: props.defaultValues,
    save: updateCampaign,
    savedMessage: t('saved'),
    readOnly,
  });
  const { register } = form;
  const chosenLanguage = useWatch({ control: form.control, name: 'language' });
  const language = props.mode === 'create' ? chosenLanguage : props.language;

  return (
    <RecordFormFrame
      form={form}
      save={save}
      fields={fields.map((name) => ({ name, label: t(name) }))}
      readOnly={readOnly}
      submitLabel={props.mode === 'create' ? t('create') : t('save')}
    >
      <Field name="title" label={t('title')}>
        {(control) => <input {...control} lang={language} className={inputClass} {...register('title')} />}
      </Field>
      <Field name="summary" label={t('summary')}>
        {(control) => <textarea {...control} lang={language} rows={5} className={inputClass} {...register('summary')} />}
      </Field>
      {props.mode === 'create' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="language" label={t('language')} choices={props.languages} />
          <Field name="slug" label={t('slug')} hint={t('slugHint')}>
            {(control) => <input {...control} className={inputClass} autoCapitalize="none" spellCheck={false} {...register('slug')} />}
          </Field>
        </div>
      ) : null}
      <Field name="position" label={t('position')} hint={t('positionHint')}>
        {(control) => <input {...control} type="number" min={0} step={1} className={`${inputClass} sm:w-32`} {...register('position', { valueAsNumber: true })} />}
      </Field>
    </RecordFormFrame>
  );
}
