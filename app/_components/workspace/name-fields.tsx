'use client';

import { useFormContext } from 'react-hook-form';
import { Field, inputClass } from './form-field';

type Labels = { name: string; slug: string; slugHint: string; aliases: string; aliasesHint: string };

/** What a record is called: its name, its public address and its other names, one per line (cases, organisations). */
export function NameFields({ labels }: { labels: Labels }) {
  const { register } = useFormContext();
  return (
    <>
      <Field name="name" label={labels.name}>
        {(control) => <input {...control} className={inputClass} {...register('name')} />}
      </Field>
      <Field name="slug" label={labels.slug} hint={labels.slugHint}>
        {(control) => <input {...control} className={inputClass} autoCapitalize="none" spellCheck={false} {...register('slug')} />}
      </Field>
      <Field name="aliases" label={labels.aliases} hint={labels.aliasesHint}>
        {(control) => <textarea {...control} rows={3} className={inputClass} {...register('aliases')} />}
      </Field>
    </>
  );
}
