'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState, type ChangeEvent, type ReactNode } from 'react';
import { FormProvider, get, useFieldArray, useForm, useFormContext, useWatch, type Path } from 'react-hook-form';
import { acceptProposals, importStatement, markCandidateFollowedUp } from '@/lib/import/actions';
import { acceptSchema, type AcceptInput } from '@/lib/import/accept.schema';
import type { Proposals } from '@/lib/import/extract';
import { reviewDefaults } from '@/lib/import/review';
import { statementSchema, type StatementInput } from '@/lib/import/statement.schema';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { ActionResult, type ActionOutcome } from './action-result';
import type { Choice } from './choices';
import { EditingFieldError, Field, fieldId, FormMessage, inputClass, SelectField, HydratedFieldset, showServerErrors, usePrecisionChoices } from './form-field';
import { useCallAction } from './use-call-action';
import { useRefreshingAction } from './use-refreshing-action';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';

type StatementOptions = { organisations: Choice[]; languages: Choice[] };

/** Step 1 of an import: the statement, pasted or read from a text file in the browser; then its review opens. */
export function StatementForm({ options }: { options: StatementOptions }) {
  const t = useTranslations('import.form');
  const editing = useTranslations('editing.updateForm');
  const workspace = useTranslations('editing');
  const precisions = usePrecisionChoices();
  const router = useRouter();
  const callAction = useCallAction();
  const [message, setMessage] = useState<string | null>(null);
  const [stored, setStored] = useState(false);
  const form = useForm<StatementInput>({
    resolver: zodResolver(statementSchema),
    defaultValues: { title: '', organisationId: '', issuedOn: '', issuedOnPrecision: 'DAY', language: 'fr', body: '' },
  });
  const { register, handleSubmit, setError, setValue, formState } = form;
  useUnsavedChangesWarning(formState.isDirty && !stored, workspace('unsavedChanges'));
  // An organisation added in another tab (the link beside the choice) is listed once this tab is shown again; the
  // page's data is read again without reloading it, so nothing typed is lost.
  useEffect(() => {
    const readChoicesAgain = () => document.visibilityState === 'visible' && router.refresh();
    document.addEventListener('visibilitychange', readChoicesAgain);
    return () => document.removeEventListener('visibilitychange', readChoicesAgain);
  }, [router]);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setValue('body', await file.text(), { shouldDirty: true, shouldValidate: true });
  };

  const submit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await callAction(() => importStatement(values));
    if (result.ok && result.data) {
      setStored(true);
      return router.push(`/admin/import/${result.data.document.id}${result.data.resumed ? '?resumed=1' : ''}`);
    }
    showServerErrors(setError, result.errors);
    setMessage(result.message ?? null);
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate>
        <HydratedFieldset className="space-y-4">
          <Field name="title" label={t('title')}>
            {(props) => <input {...props} className={inputClass} {...register('title')} />}
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <SelectField name="organisationId" label={t('organisation')} choices={options.organisations} emptyLabel={t('chooseOrganisation')} />
              <p className="mt-1 text-sm">
                <Link href="/admin/organisations/new" target="_blank" rel="noopener" className="underline">
                  {t('addOrganisation')}
                </Link>
                <span className="block text-stone-600">{t('addOrganisationHint')}</span>
              </p>
            </div>
            <SelectField name="language" label={t('language')} choices={options.languages} />
            <Field name="issuedOn" label={t('issuedOn')}>
              {(props) => <input {...props} type="date" className={inputClass} {...register('issuedOn')} />}
            </Field>
            <SelectField name="issuedOnPrecision" label={editing('precision')} choices={precisions} />
          </div>
          <Field name="file" label={t('file')} hint={t('fileHint')}>
            {(props) => <input {...props} type="file" accept=".txt,.md,text/plain,text/markdown" onChange={readFile} className="mt-1" />}
          </Field>
          <Field name="body" label={t('body')}>
            {(props) => <textarea {...props} rows={16} className={`${inputClass} font-mono text-sm`} {...register('body')} />}
          </Field>
          <FormMessage message={message} tone="error" />
          <button type="submit" disabled={formState.isSubmitting} className="rounded bg-red-800 px-4 py-2 font-semibold text-white disabled:opacity-60">
            {t('submit')}
          </button>
        </HydratedFieldset>
      </form>
    </FormProvider>
  );
}

/** A field's error in the review: the import's own rules, else those of every workspace form. */
function ReviewError({ name }: { name: string }) {
  const t = useTranslations('import.fieldErrors');
  const { formState } = useFormContext<AcceptInput>();
  const errorKey = (get(formState.errors, name) as { message?: string } | undefined)?.message;
  const ownRule = errorKey && t.has(errorKey as Parameters<typeof t.has>[0]) ? t(errorKey as Parameters<typeof t>[0]) : errorKey;
  return <EditingFieldError id={`${fieldId(name)}-error`} errorKey={ownRule} />;
}

/** The passage a proposal comes from, and why it cannot be recorded if so. */
function Quote({ name, text }: { name: string; text: string }) {
  const t = useTranslations('import.review');
  return (
    <>
      <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 text-sm text-stone-700">
        <span className="sr-only">{t('quote')}: </span>
        {text}
      </blockquote>
      <ReviewError name={`${name}.quote`} />
    </>
  );
}

type ProposalList = 'demands' | 'people' | 'candidates' | 'dates';

/**
 * One proposal: the checkbox that accepts it (unchecked: rejected, recorded nowhere), what of it can be edited, and
 * the passage it comes from.
 */
function ProposalItem({ list, index, testId, about, quote, children }: { list: ProposalList; index: number; testId: string; about: string; quote: string; children: ReactNode }) {
  const t = useTranslations('import.review');
  const { register } = useFormContext<AcceptInput>();
  return (
    <li className="rounded border border-stone-200 bg-white p-3" data-testid={testId}>
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" {...register(`${list}.${index}.accepted`)} />
        {t('accept')} — {about}
      </label>
      {children}
      <Quote name={`${list}.${index}`} text={quote} />
    </li>
  );
}

/** An editable text of a proposal, with its label and its error. */
function ProposalText({ name, label, labelHidden = false, multiline = false }: { name: Path<AcceptInput>; label: string; labelHidden?: boolean; multiline?: boolean }) {
  const { register } = useFormContext<AcceptInput>();
  const id = fieldId(name);
  return (
    <>
      <label htmlFor={id} className={labelHidden ? 'sr-only' : 'mt-2 block text-sm'}>
        {label}
      </label>
      {multiline ? <textarea id={id} rows={2} className={inputClass} {...register(name)} /> : <input id={id} className={inputClass} {...register(name)} />}
      <ReviewError name={name} />
    </>
  );
}

function ProposalSection({ legend, hint, empty, children }: { legend: string; hint: string; empty: boolean; children: ReactNode }) {
  const t = useTranslations('import.review');
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">{legend}</legend>
      <p className="text-sm text-stone-600">{hint}</p>
      {empty ? <p>{t('none')}</p> : children}
    </fieldset>
  );
}

type StoredDocument = { id: string; title: string };

/**
 * Step 2: every proposal accepted, edited or rejected, then all recorded at once. Until then the statement is not
 * public; the organizer decides here whether it becomes so.
 */
export function ProposalReview({ document, proposals, campaigns }: { document: StoredDocument; proposals: Proposals; campaigns: Choice[] }) {
  const t = useTranslations('import.review');
  const editing = useTranslations('editing.updateForm');
  const workspace = useTranslations('editing');
  const format = useFormatter();
  const precisions = usePrecisionChoices();
  const callAction = useCallAction();
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const form = useForm<AcceptInput>({ resolver: zodResolver(acceptSchema), defaultValues: reviewDefaults(document.id, campaigns[0]?.value ?? '', proposals) });
  const { control, register, handleSubmit, setError, formState } = form;
  const demands = useFieldArray({ control, name: 'demands' });
  const people = useFieldArray({ control, name: 'people' });
  const candidates = useFieldArray({ control, name: 'candidates' });
  const dates = useFieldArray({ control, name: 'dates' });
  const acceptedPeople = (useWatch({ control, name: 'people' }) ?? []).filter((person) => person.accepted);
  const recorded = outcome?.ok === true;
  useUnsavedChangesWarning(formState.isDirty && !recorded, workspace('unsavedChanges'));

  const submit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await callAction(() => acceptProposals(values));
    if (result.ok && result.data) {
      const { demandIds, updateIds, candidateIds, state } = result.data;
      return setOutcome({ ok: true, text: t(state === 'PUBLIC' ? 'recordedPublic' : 'recordedWithheld', { demands: demandIds.length, updates: updateIds.length, names: candidateIds.length }) });
    }
    showServerErrors(setError, result.errors);
    setOutcome({ ok: false, text: result.message ?? '' });
  });

  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-labelledby="review-title">
        <HydratedFieldset className="space-y-6">
          <h2 id="review-title" className="text-xl font-bold">
            {t('title')}
          </h2>
          <SelectField name="campaignId" label={t('campaign')} choices={campaigns} />

          <ProposalSection legend={t('demands')} hint={t('demandsHint')} empty={demands.fields.length === 0}>
            <ol className="space-y-3">
              {demands.fields.map((field, index) => (
                <ProposalItem key={field.id} list="demands" index={index} testId="demand-proposal" about={t('demandText', { number: index + 1 })} quote={field.quote}>
                  <ProposalText name={`demands.${index}.text`} label={t('demandText', { number: index + 1 })} labelHidden multiline />
                </ProposalItem>
              ))}
            </ol>
          </ProposalSection>

          <ProposalSection legend={t('people')} hint={t('peopleHint')} empty={people.fields.length === 0}>
            <ul className="space-y-3">
              {people.fields.map((field, index) => (
                <ProposalItem key={field.id} list="people" index={index} testId="person-proposal" about={field.name} quote={field.quote}>
                  <ProposalText name={`people.${index}.title`} label={t('updateTitle', { name: field.name })} />
                </ProposalItem>
              ))}
            </ul>
          </ProposalSection>

          <ProposalSection legend={t('candidates')} hint={t('candidatesHint')} empty={candidates.fields.length === 0}>
            <ul className="space-y-3">
              {candidates.fields.map((field, index) => (
                <ProposalItem key={field.id} list="candidates" index={index} testId="candidate-proposal" about={field.name} quote={field.quote}>
                  <ProposalText name={`candidates.${index}.name`} label={t('candidateName', { name: field.name })} />
                </ProposalItem>
              ))}
            </ul>
          </ProposalSection>

          <ProposalSection legend={t('dates')} hint={t('datesHint')} empty={dates.fields.length === 0}>
            <ul className="space-y-3">
              {dates.fields.map((field, index) => (
                <ProposalItem key={field.id} list="dates" index={index} testId="date-proposal" about={t('resolvedDate', { text: field.text, date: day(field.date) })} quote={field.quote}>
                  <div className="mt-2 grid gap-3 sm:grid-cols-3">
                    <Field name={`dates.${index}.date`} label={t('date', { text: field.text })}>
                      {(props) => <input {...props} type="date" className={inputClass} {...register(`dates.${index}.date`)} />}
                    </Field>
                    <SelectField name={`dates.${index}.precision`} label={editing('precision')} choices={precisions} />
                    <div>
                      <label htmlFor={fieldId(`dates.${index}.caseId`)} className="block font-medium">
                        {t('datedDraft')}
                      </label>
                      <select id={fieldId(`dates.${index}.caseId`)} className={inputClass} {...register(`dates.${index}.caseId`)}>
                        <option value="">{t('chooseDraft')}</option>
                        {people.fields.map((person) => (
                          <option key={person.id} value={person.caseId} disabled={!acceptedPeople.some((accepted) => accepted.caseId === person.caseId)}>
                            {person.name}
                          </option>
                        ))}
                      </select>
                      <ReviewError name={`dates.${index}.caseId`} />
                    </div>
                  </div>
                </ProposalItem>
              ))}
            </ul>
          </ProposalSection>

          <label className="flex items-start gap-2 rounded border border-stone-300 p-3">
            <input type="checkbox" className="mt-1" {...register('publishDocument')} />
            <span>
              <span className="block font-medium">{t('publishDocument')}</span>
              <span className="block text-sm text-stone-600">{t('publishDocumentHint')}</span>
            </span>
          </label>

          <FormMessage message={outcome?.text ?? null} tone={outcome?.ok ? 'success' : 'error'} />
          {recorded ? (
            <Link href="/admin/import" className="inline-block rounded border border-stone-400 px-4 py-2">
              {t('another')}
            </Link>
          ) : (
            <button type="submit" disabled={formState.isSubmitting} className="rounded bg-red-800 px-4 py-2 font-semibold text-white disabled:opacity-60">
              {t('submit')}
            </button>
          )}
        </HydratedFieldset>
      </form>
    </FormProvider>
  );
}

/** Takes a new name off the list to follow up. */
export function FollowedUpButton({ candidateId, name }: { candidateId: string; name: string }) {
  const t = useTranslations('import.followUp');
  const { outcome, pending, run } = useRefreshingAction();
  const markFollowedUp = () => run(() => markCandidateFollowedUp({ candidateId }));
  return (
    <div>
      <button type="button" onClick={markFollowedUp} disabled={pending} aria-label={t('doneFor', { name })} className="rounded border border-stone-400 px-3 py-1 disabled:opacity-60">
        {t('done')}
      </button>
      <ActionResult outcome={outcome} />
    </div>
  );
}
