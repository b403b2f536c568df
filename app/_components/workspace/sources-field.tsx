'use client';

import { useTranslations } from 'next-intl';
import { get, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { citationFields, type SourceInput } from '@/lib/updates/update.schema';
import { EditingFieldError, Field, fieldId, inputClass } from './form-field';

export type SourceDocumentOption = { id: string; title: string; quotes: { id: string; text: string }[] };

const shorten = (text: string, length = 140) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

type CitationField = (typeof citationFields)[number] | 'count';

/** An error of the list itself (too few sources): the server's sits on the list, the resolver's on its root. */
const listError = (error: { message?: string; root?: { message?: string } } | undefined) => error?.message ?? error?.root?.message;

type SourcesFieldProps = {
  name: string;
  documents: SourceDocumentOption[];
  /** The facts of the record a quote may support; an update's by default. */
  supports?: readonly CitationField[];
  hint?: string;
};

/**
 * The quotes a record rests on: for each, a document, then one of its quotes or a passage pasted from it
 * (checked on saving: it must occur in the document word for word).
 */
export function SourcesField({ name, documents, supports = citationFields, hint }: SourcesFieldProps) {
  const t = useTranslations('editing.sources');
  const { control, register, setValue, formState } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const sources = (useWatch({ control, name }) as SourceInput[] | undefined) ?? [];

  return (
    <fieldset className="space-y-4 rounded border border-stone-300 p-4" aria-describedby={`${fieldId(name)}-error`}>
      <legend className="px-1 font-semibold">{t('legend')}</legend>
      <p className="text-sm text-stone-600">{hint ?? t('hint')}</p>
      <EditingFieldError id={`${fieldId(name)}-error`} errorKey={listError(get(formState.errors, name))} />
      {fields.map((field, index) => {
        const path = `${name}.${index}`;
        const source = sources[index];
        const quotes = documents.find((document) => document.id === source?.documentId)?.quotes ?? [];
        return (
          <div key={field.id} className="space-y-3 border-l-2 border-stone-300 pl-3" data-testid="source">
            <Field name={`${path}.documentId`} label={t('document')}>
              {(props) => (
                <select
                  {...props}
                  className={inputClass}
                  {...register(`${path}.documentId`, { onChange: () => setValue(`${path}.quoteId`, '') })}
                >
                  <option value="">{t('chooseDocument')}</option>
                  {documents.map((document) => (
                    <option key={document.id} value={document.id}>
                      {document.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {source?.documentId ? (
              <Field name={`${path}.quoteId`} label={t('quote')}>
                {(props) => (
                  <select {...props} className={inputClass} {...register(`${path}.quoteId`)}>
                    <option value="">{t('pasteInstead')}</option>
                    {quotes.map((quote) => (
                      <option key={quote.id} value={quote.id}>
                        {shorten(quote.text)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            {source?.documentId && !source.quoteId ? (
              <Field name={`${path}.text`} label={t('pasted')} hint={t('pastedHint')}>
                {(props) => <textarea {...props} rows={3} lang="fr" className={inputClass} {...register(`${path}.text`)} />}
              </Field>
            ) : null}
            <div className="grid gap-3 sm:grid-cols-2">
              <Field name={`${path}.field`} label={t('supports')}>
                {(props) => (
                  <select {...props} className={inputClass} {...register(`${path}.field`)}>
                    {supports.map((citationField) => (
                      <option key={citationField} value={citationField}>
                        {t(`fields.${citationField}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field name={`${path}.note`} label={t('note')} hint={t('noteHint')}>
                {(props) => <input {...props} className={inputClass} {...register(`${path}.note`)} />}
              </Field>
            </div>
            <button type="button" onClick={() => remove(index)} className="text-sm text-red-800 underline">
              {t('remove', { number: index + 1 })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => append({ documentId: '', quoteId: '', text: '', field: supports[0], note: '' })} className="rounded border border-stone-500 px-3 py-1 text-sm font-medium">
        {t('add')}
      </button>
    </fieldset>
  );
}
