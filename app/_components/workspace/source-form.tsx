'use client';

import { useTranslations } from 'next-intl';
import { DatePrecision } from '@/lib/generated/prisma/enums';
import { updateSource } from '@/lib/sources/actions';
import { sourceEditSchema, type SourceFormValues } from '@/lib/sources/source.schema';
import { labelOf, type Choice } from './choices';
import { RecordFormFrame } from './record-form-frame';
import { Field, inputClass, SelectField, usePrecisionChoices } from './form-field';
import { OrderedChoicesField } from './ordered-choices-field';
import { useRecordForm } from './use-record-form';

type Props = {
  sourceId: string;
  version: number;
  defaultValues: SourceFormValues;
  /** The content's language, for the lang attribute of its fields. */
  language: string;
  organisations: Choice[];
  /** A quote cites the document: its text must stay as it is. */
  bodyLocked: boolean;
  readOnly: boolean;
};

const fields = ['title', 'summary', 'issuerIds', 'issuedOn', 'issuedOnPrecision', 'body'] as const;

export function SourceForm({ sourceId, version, defaultValues, language, organisations, bodyLocked, readOnly }: Props) {
  const t = useTranslations('records.sourceForm');
  const editing = useTranslations('editing');
  const { form, ...save } = useRecordForm({
    schema: sourceEditSchema,
    target: { id: sourceId, version },
    defaultValues,
    save: updateSource,
    savedMessage: t('saved'),
    readOnly,
  });
  const { register } = form;
  const precisions = usePrecisionChoices();
  const display = (name: keyof SourceFormValues, value: unknown): string => {
    if (name === 'issuerIds') return (value as string[]).map((id) => labelOf(organisations, id)).join(', ');
    if (name === 'issuedOnPrecision') return editing(`updateForm.precisions.${value as DatePrecision}`);
    return String(value ?? '');
  };

  return (
    <RecordFormFrame
      form={form}
      save={save}
      fields={fields.map((name) => ({ name, label: t(name) }))}
      display={display}
      readOnly={readOnly}
      submitLabel={t('save')}
    >
      <Field name="title" label={t('title')}>
        {(control) => <input {...control} lang={language} className={inputClass} {...register('title')} />}
      </Field>
      <Field name="summary" label={t('summary')}>
        {(control) => <textarea {...control} lang={language} rows={3} className={inputClass} {...register('summary')} />}
      </Field>
      <OrderedChoicesField
        name="issuerIds"
        label={t('issuerIds')}
        hint={t('issuerIdsHint')}
        choices={organisations}
        disabled={readOnly}
        labels={{
          add: t('add'),
          addLabel: t('addIssuer'),
          none: t('noIssuers'),
          moveUp: (name) => t('moveUp', { name }),
          moveDown: (name) => t('moveDown', { name }),
          remove: (name) => t('remove', { name }),
        }}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="issuedOn" label={t('issuedOn')}>
          {(control) => <input {...control} type="date" className={inputClass} {...register('issuedOn')} />}
        </Field>
        <SelectField
          name="issuedOnPrecision"
          label={t('issuedOnPrecision')}
          choices={precisions}
        />
      </div>
      <Field name="body" label={t('body')} hint={bodyLocked ? t('bodyLockedNote') : t('bodyEditableNote')}>
        {(control) => <textarea {...control} lang={language} rows={16} readOnly={bodyLocked} className={`${inputClass} font-serif read-only:bg-stone-100`} {...register('body')} />}
      </Field>
    </RecordFormFrame>
  );
}
