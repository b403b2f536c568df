'use client';

import { useTranslations } from 'next-intl';
import { createOrganisation, updateOrganisation } from '@/lib/organisations/actions';
import { organisationCreateSchema, organisationEditSchema, type OrganisationFormValues } from '@/lib/organisations/organisation.schema';
import { RecordFormFrame } from './record-form-frame';
import { Field, inputClass } from './form-field';
import { NameFields } from './name-fields';
import { useRecordForm } from './use-record-form';

type Props = ({ mode: 'create' } | { mode: 'edit'; organisationId: string; version: number }) & { defaultValues: OrganisationFormValues; readOnly: boolean };

const fields = ['name', 'slug', 'aliases', 'country'] as const;

export function OrganisationForm(props: Props) {
  const { readOnly } = props;
  const t = useTranslations('records.organisationForm');
  const { form, ...save } = useRecordForm<OrganisationFormValues>({
    schema: props.mode === 'create' ? organisationCreateSchema : organisationEditSchema,
    target: props.mode === 'create' ? { create: createOrganisation, basePath: '/admin/organisations' } : { id: props.organisationId, version: props.version },
    defaultValues: props.defaultValues,
    save: updateOrganisation,
    savedMessage: t('saved'),
    readOnly,
  });
  const { register } = form;

  return (
    <RecordFormFrame
      form={form}
      save={save}
      fields={fields.map((name) => ({ name, label: t(name) }))}
      readOnly={readOnly}
      submitLabel={props.mode === 'create' ? t('create') : t('save')}
    >
      <NameFields labels={{ name: t('name'), slug: t('slug'), slugHint: t('slugHint'), aliases: t('aliases'), aliasesHint: t('aliasesHint') }} />
      <Field name="country" label={t('country')} hint={t('countryHint')}>
        {(control) => <input {...control} className={`${inputClass} sm:w-32`} autoCapitalize="characters" spellCheck={false} {...register('country')} />}
      </Field>
    </RecordFormFrame>
  );
}
