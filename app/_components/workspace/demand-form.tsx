'use client';

import { useTranslations } from 'next-intl';
import { createDemand, updateDemand } from '@/lib/demands/actions';
import { demandCreateSchema, demandEditSchema, type DemandFormValues } from '@/lib/demands/demand.schema';
import { DatePrecision, DemandKind, DemandStatus } from '@/lib/generated/prisma/enums';
import { labelOf, type Choice } from './choices';
import { RecordFormFrame } from './record-form-frame';
import { Field, inputClass, SelectField, usePrecisionChoices } from './form-field';
import { useRecordForm } from './use-record-form';

export type DemandFormOptions = { campaigns: Choice[]; organisations: Choice[]; cases: Choice[]; languages: Choice[] };

type Props = ({ mode: 'create' } | { mode: 'edit'; demandId: string; version: number }) & {
  defaultValues: DemandFormValues;
  options: DemandFormOptions;
  readOnly?: boolean;
};

export function DemandForm(props: Props) {
  const { options, readOnly = false } = props;
  const t = useTranslations('records.demandForm');
  const editing = useTranslations('editing');
  const { form, ...save } = useRecordForm<DemandFormValues>({
    schema: props.mode === 'create' ? demandCreateSchema : demandEditSchema,
    target: props.mode === 'create' ? { create: createDemand, basePath: '/admin/demands' } : { id: props.demandId, version: props.version },
    defaultValues: props.defaultValues,
    save: updateDemand,
    savedMessage: t('saved'),
    readOnly,
  });
  const { register } = form;
  const precisions = usePrecisionChoices();

  const fields = ['slug', 'text', 'language', 'kind', 'status', 'progressNote', 'campaignId', 'issuedById', 'issuedOn', 'issuedOnPrecision', 'caseIds'] as const;
  const display = (name: keyof DemandFormValues, value: unknown): string => {
    if (name === 'kind') return t(`kinds.${value as DemandKind}`);
    if (name === 'status') return t(`statuses.${value as DemandStatus}`);
    if (name === 'issuedOnPrecision') return editing(`updateForm.precisions.${value as DatePrecision}`);
    if (name === 'language') return labelOf(options.languages, String(value));
    if (name === 'campaignId') return labelOf(options.campaigns, String(value));
    if (name === 'issuedById') return labelOf(options.organisations, String(value));
    if (name === 'caseIds') return (value as string[]).map((id) => labelOf(options.cases, id)).sort().join(', ');
    return String(value ?? '');
  };
  const select = (name: 'kind' | 'status' | 'issuedOnPrecision' | 'language' | 'campaignId' | 'issuedById', choices: Choice[]) => (
    <SelectField name={name} label={t(name)} choices={choices} />
  );

  return (
    <RecordFormFrame
      form={form}
      save={save}
      fields={fields.map((name) => ({ name, label: t(name) }))}
      display={display}
      readOnly={readOnly}
      submitLabel={props.mode === 'create' ? t('create') : t('save')}
    >
      <Field name="text" label={t('text')}>
        {(control) => <textarea {...control} rows={4} className={inputClass} {...register('text')} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        {select('kind', Object.values(DemandKind).map((value) => ({ value, label: t(`kinds.${value}`) })))}
        {select('status', Object.values(DemandStatus).map((value) => ({ value, label: t(`statuses.${value}`) })))}
        {select('language', options.languages)}
      </div>
      <Field name="progressNote" label={t('progressNote')} hint={t('progressNoteHint')}>
        {(control) => <textarea {...control} rows={3} className={inputClass} {...register('progressNote')} />}
      </Field>
      <SelectField name="caseIds" label={t('caseIds')} hint={t('caseIdsHint')} choices={options.cases} multipleRows={8} />
      <div className="grid gap-4 sm:grid-cols-2">
        {select('campaignId', options.campaigns)}
        {select('issuedById', options.organisations)}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="issuedOn" label={t('issuedOn')}>
          {(control) => <input {...control} type="date" className={inputClass} {...register('issuedOn')} />}
        </Field>
        {select('issuedOnPrecision', precisions)}
        <Field name="slug" label={t('slug')}>
          {(control) => <input {...control} className={inputClass} autoCapitalize="none" spellCheck={false} {...register('slug')} />}
        </Field>
      </div>
    </RecordFormFrame>
  );
}
