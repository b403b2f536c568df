'use client';

import { useTranslations } from 'next-intl';
import { createEvent, updateEvent } from '@/lib/events/actions';
import { eventCreateSchema, eventEditSchema, type EventFormValues } from '@/lib/events/event.schema';
import { DatePrecision, EventKind } from '@/lib/generated/prisma/enums';
import { labelOf, type Choice } from './choices';
import { RecordFormFrame } from './record-form-frame';
import { Field, inputClass, SelectField, usePrecisionChoices } from './form-field';
import { useRecordForm } from './use-record-form';

export type EventFormOptions = { campaigns: Choice[]; organisations: Choice[]; cases: Choice[]; demands: Choice[]; languages: Choice[]; kinds: Choice[]; timeZones: string[] };

type Props = ({ mode: 'create' } | { mode: 'edit'; eventId: string; version: number }) & {
  defaultValues: EventFormValues;
  options: EventFormOptions;
  readOnly?: boolean;
};

type TextField = 'slug' | 'title' | 'city' | 'country' | 'venue' | 'onlineUrl';
type SelectName = 'kind' | 'language' | 'timeZone' | 'datePrecision' | 'organiserId' | 'campaignId';

const conflictFields = ['title', 'slug', 'kind', 'description', 'language', 'startsAt', 'endsAt', 'timeZone', 'allDay', 'datePrecision', 'city', 'country', 'venue', 'onlineUrl', 'organiserId', 'campaignId', 'caseIds', 'demandIds', 'cancelled'] as const;

export function EventForm(props: Props) {
  const { options, readOnly = false } = props;
  const t = useTranslations('records.eventForm');
  const editing = useTranslations('editing');
  const { form, ...save } = useRecordForm<EventFormValues>({
    schema: props.mode === 'create' ? eventCreateSchema : eventEditSchema,
    target: props.mode === 'create' ? { create: createEvent, basePath: '/admin/events' } : { id: props.eventId, version: props.version },
    defaultValues: props.defaultValues,
    save: updateEvent,
    savedMessage: t('saved'),
    readOnly,
  });
  const { register } = form;
  const precisions = usePrecisionChoices();

  const display = (name: keyof EventFormValues, value: unknown): string => {
    if (name === 'kind') return labelOf(options.kinds, String(value));
    if (name === 'language') return labelOf(options.languages, String(value));
    if (name === 'datePrecision') return editing(`updateForm.precisions.${value as DatePrecision}`);
    if (name === 'organiserId') return value ? labelOf(options.organisations, String(value)) : '';
    if (name === 'campaignId') return labelOf(options.campaigns, String(value));
    if (name === 'caseIds') return (value as string[]).map((id) => labelOf(options.cases, id)).sort().join(', ');
    if (name === 'demandIds') return (value as string[]).map((id) => labelOf(options.demands, id)).sort().join('\n');
    if (name === 'allDay' || name === 'cancelled') return value ? t('yes') : t('no');
    return String(value ?? '');
  };
  const text = (name: TextField, type = 'text') => (
    <Field name={name} label={t(name)} hint={name === 'onlineUrl' || name === 'country' ? t(`${name}Hint`) : undefined}>
      {(control) => <input {...control} type={type} className={inputClass} {...register(name)} />}
    </Field>
  );
  const select = (name: SelectName, choices: Choice[], empty?: string) => <SelectField name={name} label={t(name)} choices={choices} emptyLabel={empty} />;
  const multiple = (name: 'caseIds' | 'demandIds', choices: Choice[]) => <SelectField name={name} label={t(name)} hint={t('multipleHint')} choices={choices} multipleRows={6} />;
  const checkbox = (name: 'allDay' | 'cancelled') => (
    <label className="flex items-center gap-2 font-medium">
      <input type="checkbox" {...register(name)} />
      {t(name)}
    </label>
  );

  return (
    <RecordFormFrame
      form={form}
      save={save}
      fields={conflictFields.map((name) => ({ name, label: t(name) }))}
      display={display}
      readOnly={readOnly}
      submitLabel={props.mode === 'create' ? t('create') : t('save')}
    >
      {text('title')}
      <div className="grid gap-4 sm:grid-cols-3">
        {select('kind', options.kinds)}
        {select('language', options.languages)}
        {text('slug')}
      </div>
      <Field name="description" label={t('description')}>
        {(control) => <textarea {...control} rows={5} className={inputClass} {...register('description')} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="startsAt" label={t('startsAt')}>
          {(control) => <input {...control} type="datetime-local" className={inputClass} {...register('startsAt')} />}
        </Field>
        <Field name="endsAt" label={t('endsAt')} hint={t('endsAtHint')}>
          {(control) => <input {...control} type="datetime-local" className={inputClass} {...register('endsAt')} />}
        </Field>
        {select('timeZone', options.timeZones.map((zone) => ({ value: zone, label: zone })))}
      </div>
      <div className="grid items-end gap-4 sm:grid-cols-2">
        {select('datePrecision', precisions)}
        {checkbox('allDay')}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {text('city')}
        {text('country')}
        {text('venue')}
      </div>
      {text('onlineUrl', 'url')}
      <div className="grid gap-4 sm:grid-cols-2">
        {select('organiserId', options.organisations, t('none'))}
        {select('campaignId', options.campaigns)}
      </div>
      {multiple('caseIds', options.cases)}
      {multiple('demandIds', options.demands)}
      {checkbox('cancelled')}
    </RecordFormFrame>
  );
}
