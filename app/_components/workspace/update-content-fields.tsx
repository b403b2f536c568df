'use client';

import { useTranslations } from 'next-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import { Markdown, markdownClasses } from '@/lib/markdown/markdown';
import type { EditingChoices } from './choices';
import { Field, inputClass, SelectField, usePrecisionChoices } from './form-field';
import { SourcesField, type SourceDocumentOption } from './sources-field';

type Props = {
  /** Where the fields live in the form's values: '' or 'firstUpdate.' */
  prefix?: string;
  choices: EditingChoices;
  documents: SourceDocumentOption[];
  /** The first update of a case must give its status. */
  statusRequired?: boolean;
};

/** What an update says: title, Markdown body with its preview, date, status change and sources. */
export function UpdateContentFields({ prefix = '', choices, documents, statusRequired = false }: Props) {
  const t = useTranslations('editing.updateForm');
  const precisions = usePrecisionChoices();
  const { register, control } = useFormContext();
  const [body, status] = useWatch({ control, name: [`${prefix}body`, `${prefix}status`] }) as [string | undefined, string | undefined];
  const name = (field: string) => `${prefix}${field}`;

  return (
    <div className="space-y-4">
      <Field name={name('title')} label={t('title')}>
        {(props) => <input {...props} className={inputClass} {...register(name('title'))} />}
      </Field>
      <Field name={name('body')} label={t('body')} hint={t('bodyHint')}>
        {(props) => <textarea {...props} rows={8} className={`${inputClass} font-mono text-sm`} {...register(name('body'))} />}
      </Field>
      {body ? (
        <section aria-label={t('preview')} className="rounded border border-dashed border-stone-400 bg-white p-3" data-testid="markdown-preview">
          <p className="text-xs font-semibold uppercase text-stone-500">{t('preview')}</p>
          <div className={markdownClasses}>
            <Markdown source={body} />
          </div>
        </section>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField name={name('language')} label={t('language')} choices={choices.languages} />
        <Field name={name('occurredOn')} label={t('occurredOn')}>
          {(props) => <input {...props} type="date" className={inputClass} {...register(name('occurredOn'))} />}
        </Field>
        <SelectField name={name('occurredOnPrecision')} label={t('precision')} choices={precisions} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name={name('status')} label={statusRequired ? t('initialStatus') : t('status')} hint={statusRequired ? undefined : t('statusHint')} choices={choices.statuses} emptyLabel={statusRequired ? t('chooseStatus') : t('noStatusChange')} />
        {status === 'RELEASED' ? (
          <SelectField name={name('releaseKind')} label={t('releaseKind')} choices={choices.releaseKinds} emptyLabel={t('releaseKindUnknown')} />
        ) : null}
      </div>
      <SourcesField name={name('sources')} documents={documents} />
    </div>
  );
}
