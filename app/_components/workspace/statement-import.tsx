'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, type ChangeEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { acceptProposals, importStatement } from '@/lib/import/actions';
import type { Proposals } from '@/lib/import/extract';
import { statementSchema, type StatementInput } from '@/lib/import/statement.schema';
import type { Choice } from './choices';
import { Field, FormMessage, inputClass, SelectField, HydratedFieldset, showServerErrors, usePrecisionChoices } from './form-field';

type Options = { organisations: Choice[]; campaigns: Choice[]; languages: Choice[] };
type StoredDocument = { id: string; slug: string; title: string };
type Reviewed<Proposal> = Proposal & { accepted: boolean };

/** Step 1 of an import: the statement, pasted or read from a text file in the browser. */
function StatementForm({ options, onStored }: { options: Options; onStored: (document: StoredDocument, proposals: Proposals) => void }) {
  const t = useTranslations('import.form');
  const editing = useTranslations('editing.updateForm');
  const precisions = usePrecisionChoices();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<StatementInput>({
    resolver: zodResolver(statementSchema),
    defaultValues: { title: '', organisationId: '', issuedOn: '', issuedOnPrecision: 'DAY', language: 'fr', body: '' },
  });
  const { register, handleSubmit, setError, setValue, formState } = form;

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setValue('body', await file.text(), { shouldDirty: true, shouldValidate: true });
  };

  const submit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await importStatement(values);
    if (result.ok && result.data) return onStored(result.data.document, result.data.proposals);
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
            <SelectField name="organisationId" label={t('organisation')} choices={options.organisations} emptyLabel={t('chooseOrganisation')} />
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

/** Step 2: every proposal, each accepted, edited or left out, then recorded at once. */
function ProposalReview({ document, proposals, campaigns, onDone }: { document: StoredDocument; proposals: Proposals; campaigns: Choice[]; onDone: () => void }) {
  const t = useTranslations('import.review');
  const stored = useTranslations('import.form');
  const editing = useTranslations('editing.updateForm');
  const format = useFormatter();
  const [campaignId, setCampaignId] = useState(campaigns[0]?.value ?? '');
  const [demands, setDemands] = useState<Reviewed<Proposals['demands'][number]>[]>(proposals.demands.map((demand) => ({ ...demand, accepted: true })));
  const [people, setPeople] = useState(proposals.people.map((person) => ({ ...person, title: person.name, accepted: false })));
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string; errors: string[] } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const record = async () => {
    setSubmitting(true);
    const result = await acceptProposals({
      documentId: document.id,
      campaignId,
      demands: demands.filter((demand) => demand.accepted).map(({ text, quote }) => ({ text, quote })),
      people: people.filter((person) => person.accepted).map(({ caseId, title, quote }) => ({ caseId, title, quote })),
    });
    setSubmitting(false);
    if (result.ok && result.data) {
      setOutcome({ ok: true, text: t('recorded', { demands: result.data.demandIds.length, updates: result.data.updateIds.length }), errors: [] });
    } else {
      setOutcome({ ok: false, text: result.message ?? '', errors: Object.values(result.errors ?? {}).flat() });
    }
  };

  const quote = (text: string) => (
    <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 text-sm text-stone-700">
      <span className="sr-only">{t('quote')}: </span>
      {text}
    </blockquote>
  );

  return (
    <section className="space-y-6" aria-labelledby="review-title">
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {stored('stored', { title: document.title })}
      </p>
      <h2 id="review-title" className="text-xl font-bold">
        {t('title')}
      </h2>
      <div>
        <label htmlFor="review-campaign" className="block font-medium">
          {t('campaign')}
        </label>
        <select id="review-campaign" className={inputClass} value={campaignId} onChange={(event) => setCampaignId(event.target.value)}>
          {campaigns.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('demands')}</legend>
        <p className="text-sm text-stone-600">{t('demandsHint')}</p>
        {demands.length === 0 ? <p>{t('none')}</p> : null}
        <ol className="space-y-3">
          {demands.map((demand, index) => (
            <li key={index} className="rounded border border-stone-200 bg-white p-3" data-testid="demand-proposal">
              <label className="flex items-center gap-2 font-medium">
                <input type="checkbox" checked={demand.accepted} onChange={(event) => setDemands(demands.map((d, i) => (i === index ? { ...d, accepted: event.target.checked } : d)))} />
                {t('accept')} — {t('demandText', { number: index + 1 })}
              </label>
              <label htmlFor={`demand-${index}`} className="sr-only">
                {t('demandText', { number: index + 1 })}
              </label>
              <textarea
                id={`demand-${index}`}
                rows={2}
                className={inputClass}
                value={demand.text}
                disabled={!demand.accepted}
                onChange={(event) => setDemands(demands.map((d, i) => (i === index ? { ...d, text: event.target.value } : d)))}
              />
              {quote(demand.quote)}
            </li>
          ))}
        </ol>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t('people')}</legend>
        <p className="text-sm text-stone-600">{t('peopleHint')}</p>
        {people.length === 0 ? <p>{t('none')}</p> : null}
        <ul className="space-y-3">
          {people.map((person, index) => (
            <li key={person.caseId} className="rounded border border-stone-200 bg-white p-3" data-testid="person-proposal">
              <label className="flex items-center gap-2 font-medium">
                <input type="checkbox" checked={person.accepted} onChange={(event) => setPeople(people.map((p, i) => (i === index ? { ...p, accepted: event.target.checked } : p)))} />
                {t('accept')} — {person.name}
              </label>
              <label htmlFor={`person-${index}`} className="mt-2 block text-sm">
                {t('updateTitle', { name: person.name })}
              </label>
              <input
                id={`person-${index}`}
                className={inputClass}
                value={person.title}
                disabled={!person.accepted}
                onChange={(event) => setPeople(people.map((p, i) => (i === index ? { ...p, title: event.target.value } : p)))}
              />
              {quote(person.quote)}
            </li>
          ))}
        </ul>
      </fieldset>

      <section aria-labelledby="candidates-title">
        <h3 id="candidates-title" className="text-lg font-semibold">
          {t('candidates')}
        </h3>
        {proposals.candidates.length === 0 ? <p>{t('none')}</p> : null}
        <ul className="space-y-2">
          {proposals.candidates.map((candidate) => (
            <li key={candidate.name}>
              <strong>{candidate.name}</strong>
              {quote(candidate.quote)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="dates-title">
        <h3 id="dates-title" className="text-lg font-semibold">
          {t('dates')}
        </h3>
        {proposals.dates.length === 0 ? <p>{t('none')}</p> : null}
        <ul className="space-y-2">
          {proposals.dates.map((date, index) => (
            <li key={index}>
              {t('resolvedDate', {
                text: date.text,
                date: `${format.dateTime(new Date(`${date.date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}${date.precision === 'DAY' ? '' : ` (${editing(`precisions.${date.precision}`)})`}`,
              })}
              {quote(date.quote)}
            </li>
          ))}
        </ul>
      </section>

      {outcome ? <FormMessage message={outcome.text} tone={outcome.ok ? 'success' : 'error'} /> : null}
      {outcome?.errors.length ? (
        <ul className="list-disc pl-6 text-sm text-red-800">
          {[...new Set(outcome.errors)].map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
      {outcome?.ok ? (
        <button type="button" onClick={onDone} className="rounded border border-stone-400 px-4 py-2">
          {t('another')}
        </button>
      ) : (
        <button type="button" onClick={record} disabled={submitting} className="rounded bg-red-800 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {t('submit')}
        </button>
      )}
    </section>
  );
}

export function StatementImport({ options }: { options: Options }) {
  const [stored, setStored] = useState<{ document: StoredDocument; proposals: Proposals } | null>(null);
  return stored ? (
    <ProposalReview document={stored.document} proposals={stored.proposals} campaigns={options.campaigns} onDone={() => setStored(null)} />
  ) : (
    <StatementForm options={options} onStored={(document, proposals) => setStored({ document, proposals })} />
  );
}
