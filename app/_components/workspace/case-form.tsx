'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { createCase, updateCase } from '@/lib/cases/actions';
import { caseCreateSchema, caseEditSchema, type CaseFormValues } from '@/lib/cases/case.schema';
import { CaseKind } from '@/lib/generated/prisma/enums';
import type { UpdateContent } from '@/lib/updates/update.schema';
import { labelOf, type Choice, type EditingChoices } from './choices';
import { RecordFormFrame } from './record-form-frame';
import { Field, inputClass, SelectField } from './form-field';
import { NameFields } from './name-fields';
import { useVersionedSave } from './versioned-save';
import type { SourceDocumentOption } from './sources-field';
import { UpdateContentFields } from './update-content-fields';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';

export type CaseFormOptions = { organisations: Choice[]; campaigns: Choice[]; groups: Choice[] };

type Props = (
  | { mode: 'create'; defaultValues: CaseFormValues & { firstUpdate: UpdateContent }; documents: SourceDocumentOption[] }
  | { mode: 'edit'; caseId: string; version: number; defaultValues: CaseFormValues }
) & { options: CaseFormOptions; choices: EditingChoices; readOnly?: boolean };

type FormShape = CaseFormValues & { firstUpdate?: UpdateContent; id?: string; version?: number };

const textFields = ['summary', 'role', 'charges', 'sentence', 'placeOfDetention', 'letterAddress'] as const;
const longTextFields = new Set<string>(['summary', 'charges', 'letterAddress']);

export function CaseForm(props: Props) {
  const { options, choices, readOnly = false } = props;
  const t = useTranslations('editing.caseForm');
  const editing = useTranslations('editing');
  const form = useForm<FormShape>({
    resolver: zodResolver(props.mode === 'create' ? caseCreateSchema : caseEditSchema) as unknown as Resolver<FormShape>,
    defaultValues: props.mode === 'create' ? props.defaultValues : { ...props.defaultValues, id: props.caseId, version: props.version },
  });
  const { register, formState, control } = form;
  const kind = useWatch({ control, name: 'kind' });
  useUnsavedChangesWarning(formState.isDirty && !readOnly, editing('unsavedChanges'));

  const save = useVersionedSave(
    form,
    props.mode === 'create'
      ? { recordId: undefined, create: createCase, basePath: '/admin/cases', update: updateCase, savedText: t('saved') }
      : { recordId: props.caseId, update: updateCase, savedText: t('saved') },
  );

  const labels: { name: keyof CaseFormValues; label: string }[] = [
    { name: 'kind', label: t('kind') },
    { name: 'name', label: t('name') },
    { name: 'slug', label: t('slug') },
    { name: 'aliases', label: t('aliases') },
    { name: 'identityProtected', label: t('identityProtected') },
    { name: 'language', label: t('language') },
    ...textFields.map((name) => ({ name, label: t(name) })),
    { name: 'organisationId', label: t('organisation') },
    { name: 'campaignId', label: t('campaign') },
    { name: 'groupId', label: t('group') },
    { name: 'photoUrl', label: t('photoUrl') },
    { name: 'flags', label: t('flags') },
  ];
  const display = (name: keyof CaseFormValues, value: unknown): string => {
    if (name === 'kind') return t(`kinds.${value as CaseFormValues['kind']}`);
    if (name === 'identityProtected') return value ? t('yes') : t('no');
    if (name === 'language') return labelOf(choices.languages, String(value));
    if (name === 'organisationId') return value ? labelOf(options.organisations, String(value)) : '';
    if (name === 'campaignId') return labelOf(options.campaigns, String(value));
    if (name === 'groupId') return value ? labelOf(options.groups, String(value)) : '';
    if (name === 'flags') return (value as string[]).map((flag) => labelOf(choices.flags, flag)).join(', ');
    return String(value ?? '');
  };

  return (
    <RecordFormFrame
      form={form}
      save={save}
      fields={labels}
      display={display}
      readOnly={readOnly}
      submitLabel={props.mode === 'create' ? t('create') : t('save')}
    >
      <SelectField name="kind" label={t('kind')} choices={Object.values(CaseKind).map((value) => ({ value, label: t(`kinds.${value}`) }))} />
      <NameFields labels={{ name: t('name'), slug: t('slug'), slugHint: t('slugHint'), aliases: t('aliases'), aliasesHint: t('aliasesHint') }} />
      <div className="flex items-start gap-2">
        <input id="field-identityProtected" type="checkbox" className="mt-1.5" aria-describedby="field-identityProtected-hint" {...register('identityProtected')} />
        <div>
          <label htmlFor="field-identityProtected" className="font-medium">
            {t('identityProtected')}
          </label>
          <p id="field-identityProtected-hint" className="text-sm text-stone-600">
            {t('identityProtectedHint')}
          </p>
        </div>
      </div>
      <SelectField name="language" label={t('language')} hint={t('languageHint')} choices={choices.languages} />
      {textFields.map((name) => (
        <Field key={name} name={name} label={t(name)}>
          {(control) =>
            longTextFields.has(name) ? (
              <textarea {...control} rows={3} className={inputClass} {...register(name)} />
            ) : (
              <input {...control} className={inputClass} {...register(name)} />
            )
          }
        </Field>
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="organisationId" label={t('organisation')} choices={options.organisations} emptyLabel={t('none')} />
        <SelectField name="campaignId" label={t('campaign')} choices={options.campaigns} />
      </div>
      {kind === 'PERSON' ? (
        <SelectField name="groupId" label={t('group')} hint={t('groupHint')} choices={options.groups} emptyLabel={t('none')} />
      ) : null}
      <Field name="photoUrl" label={t('photoUrl')} hint={t('photoUrlHint')}>
        {(control) => <input {...control} type="url" inputMode="url" className={inputClass} {...register('photoUrl')} />}
      </Field>
      <fieldset>
        <legend className="font-medium">{t('flags')}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {choices.flags.map((choice) => (
            <label key={choice.value} className="flex items-center gap-2">
              <input type="checkbox" value={choice.value} {...register('flags')} />
              {choice.label}
            </label>
          ))}
        </div>
      </fieldset>
      {props.mode === 'create' ? (
        <fieldset className="space-y-4 rounded border border-stone-300 p-4">
          <legend className="px-1 font-semibold">{t('firstUpdate')}</legend>
          <p className="text-sm text-stone-600">{t('firstUpdateHint')}</p>
          <UpdateContentFields prefix="firstUpdate." choices={choices} documents={props.documents} statusRequired />
        </fieldset>
      ) : null}
    </RecordFormFrame>
  );
}
