'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useRouter } from '@/lib/i18n/navigation';
import { createUpdate, correctUpdate, saveUpdate } from '@/lib/updates/actions';
import type { EditConflict } from '@/lib/updates/outcome';
import { wallClockIn } from '@/lib/updates/schedule-time';
import { updateCorrectSchema, updateCreateSchema, updateEditSchema, type UpdateContent, type UpdateCreateInput } from '@/lib/updates/update.schema';
import { labelOf, type EditingChoices } from './choices';
import { Field, inputClass, SelectField, showServerErrors } from './form-field';
import { RecordFormFrame } from './record-form-frame';
import type { SourceDocumentOption } from './sources-field';
import { UpdateContentFields } from './update-content-fields';
import { useCallAction } from './use-call-action';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';

type Intent = UpdateCreateInput['intent'];

type Target =
  /** A new update on a case. */
  | { mode: 'create'; caseId: string }
  /** A draft or scheduled update; `scheduledFor` is the instant it is scheduled for, if any. */
  | { mode: 'edit'; updateId: string; version: number; scheduledFor: string | null }
  /** A published update, corrected by a new one. */
  | { mode: 'correct'; updateId: string; version: number };

type Props = {
  target: Target;
  defaultValues: UpdateContent;
  choices: EditingChoices;
  documents: SourceDocumentOption[];
  /** IANA time zones to schedule in. */
  timeZones: string[];
  readOnly?: boolean;
};

type FormShape = UpdateContent & { caseId?: string; id?: string; intent: Intent; scheduledAt: string; timeZone: string; correctionNote: string; version: number };

const schemas = { create: updateCreateSchema, edit: updateEditSchema, correct: updateCorrectSchema };

export function UpdateForm({ target, defaultValues, choices, documents, timeZones, readOnly = false }: Props) {
  const t = useTranslations('editing');
  const workspaceErrors = useTranslations('workspace.errors');
  const router = useRouter();
  const callAction = useCallAction();
  const form = useForm<FormShape>({
    resolver: zodResolver(schemas[target.mode]) as unknown as Resolver<FormShape>,
    defaultValues: {
      ...defaultValues,
      ...(target.mode === 'create' ? { caseId: target.caseId } : { id: target.updateId }),
      intent: 'draft',
      scheduledAt: '',
      timeZone: '',
      correctionNote: '',
      version: target.mode === 'create' ? 1 : target.version,
    },
  });
  const { register, handleSubmit, setValue, getValues, reset, setError, formState } = form;
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);
  const [conflict, setConflict] = useState<EditConflict<UpdateContent> | null>(null);
  useUnsavedChangesWarning(formState.isDirty && !readOnly, t('unsavedChanges'));

  // The browser's time zone is only known here; a scheduled time is shown in it.
  const scheduledFor = target.mode === 'edit' ? target.scheduledFor : null;
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const options = { keepDirty: false, keepDefaultValue: false } as const;
    reset({ ...getValues(), timeZone: zone, scheduledAt: scheduledFor ? wallClockIn(new Date(scheduledFor), zone) : '' }, options);
  }, [scheduledFor, reset, getValues]);

  const zones = timeZones.includes(form.watch('timeZone')) ? timeZones : [form.watch('timeZone'), ...timeZones].filter(Boolean);

  const submit = async (values: FormShape) => {
    setMessage(null);
    if (target.mode === 'create') {
      const result = await callAction(() => createUpdate({ ...values, caseId: target.caseId }));
      if (!result.ok || !result.data) return failed(result);
      reset(values);
      return router.push(`/admin/updates/${result.data.id}`);
    }
    const save = target.mode === 'edit' ? saveUpdate : correctUpdate;
    const result = await callAction(() => save({ ...values, id: target.updateId }));
    if (!result.ok || !result.data) return failed(result);
    if ('conflict' in result.data) return setConflict(result.data.conflict);
    setConflict(null);
    reset({ ...values, version: result.data.saved.version });
    if (target.mode === 'correct') return router.push(`/admin/updates/${result.data.saved.id}`);
    setMessage({ text: t(`updateForm.done.${values.intent}`), tone: 'success' });
    router.refresh();
  };

  const failed = (result: { errors?: Record<string, string[]>; message?: string }) => {
    showServerErrors(setError, result.errors);
    setMessage({ text: result.message ?? workspaceErrors('unexpected'), tone: 'error' });
  };

  const submitAs = (intent: Intent) => () => setValue('intent', intent);
  const onSubmit = handleSubmit(submit);

  const fieldLabels = [
    { name: 'title', label: t('updateForm.title') },
    { name: 'body', label: t('updateForm.body') },
    { name: 'language', label: t('updateForm.language') },
    { name: 'occurredOn', label: t('updateForm.occurredOn') },
    { name: 'occurredOnPrecision', label: t('updateForm.precision') },
    { name: 'status', label: t('updateForm.status') },
    { name: 'releaseKind', label: t('updateForm.releaseKind') },
    { name: 'sources', label: t('sources.legend') },
  ] as const;
  const quoteTexts = new Map(documents.flatMap((document) => document.quotes.map((quote) => [quote.id, quote.text] as const)));
  const display = (name: keyof UpdateContent, value: unknown): string => {
    if (name === 'sources') return (value as UpdateContent['sources']).map((source) => (source.quoteId ? (quoteTexts.get(source.quoteId) ?? '') : source.text)).join('\n');
    if (name === 'status') return value ? labelOf(choices.statuses, String(value)) : '';
    if (name === 'releaseKind') return value ? labelOf(choices.releaseKinds, String(value)) : '';
    if (name === 'language') return labelOf(choices.languages, String(value));
    if (name === 'occurredOnPrecision') return t(`updateForm.precisions.${value as UpdateContent['occurredOnPrecision']}`);
    return String(value ?? '');
  };
  const stillEditable = !conflict?.state || conflict.state === 'DRAFT' || conflict.state === 'SCHEDULED' || target.mode === 'correct';

  return (
    <RecordFormFrame
      form={form}
      save={{
        onSubmit,
        message,
        conflict,
        blockedReason: conflict?.state && !stillEditable ? t('conflict.nowState', { state: t(`states.${conflict.state}`) }) : null,
        keepMine: () => {
          if (!conflict) return;
          setValue('version', conflict.version);
          void onSubmit();
        },
        takeTheirs: () => {
          if (!conflict) return;
          setConflict(null);
          if (!stillEditable) return router.refresh();
          reset({ ...getValues(), ...conflict.theirs, version: conflict.version });
        },
      }}
      fields={[...fieldLabels]}
      display={display}
      readOnly={readOnly}
      actions={
        <div className="flex flex-wrap gap-3">
          {target.mode === 'correct' ? (
            <button type="submit" disabled={formState.isSubmitting} className="rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60">
              {t('updateForm.publishCorrection')}
            </button>
          ) : (
            <>
              <button type="submit" onClick={submitAs('draft')} disabled={formState.isSubmitting} className="rounded border border-stone-500 px-4 py-2 font-medium disabled:opacity-60">
                {t('updateForm.saveDraft')}
              </button>
              <button type="submit" onClick={submitAs('schedule')} disabled={formState.isSubmitting} className="rounded border border-stone-500 px-4 py-2 font-medium disabled:opacity-60">
                {t('updateForm.scheduleSubmit')}
              </button>
              <button type="submit" onClick={submitAs('publish')} disabled={formState.isSubmitting} className="rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60">
                {t('updateForm.publishNow')}
              </button>
            </>
          )}
        </div>
      }
    >
      <div className="space-y-6">
        <UpdateContentFields choices={choices} documents={documents} />
        {target.mode === 'correct' ? (
          <Field name="correctionNote" label={t('updateForm.correctionNote')} hint={t('updateForm.correctionNoteHint')}>
            {(props) => <textarea {...props} rows={2} className={inputClass} {...register('correctionNote')} />}
          </Field>
        ) : (
          <fieldset className="space-y-3 rounded border border-stone-300 p-4">
            <legend className="px-1 font-semibold">{t('updateForm.schedule')}</legend>
            <p className="text-sm text-stone-600">{t('updateForm.scheduleHint')}</p>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field name="scheduledAt" label={t('updateForm.scheduledAt')}>
                {(props) => <input {...props} type="datetime-local" className={inputClass} {...register('scheduledAt')} />}
              </Field>
              <SelectField name="timeZone" label={t('updateForm.timeZone')} choices={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))} />
            </div>
          </fieldset>
        )}
      </div>
    </RecordFormFrame>
  );
}
