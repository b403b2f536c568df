'use client';

import { useTranslations } from 'next-intl';
import { get, useFormContext } from 'react-hook-form';
import type { SubmittedValues } from '@/lib/actions/workspace-action';
import type { SubscriptionFrequency } from '@/lib/generated/prisma/enums';
import { localeNames, locales, type Locale } from '@/lib/i18n/routing';
import type { SubscribeChoices } from '@/lib/subscriptions/queries';
import { validationKeys, type ValidationKey } from '@/lib/validation/messages';

export const inputClass = 'mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2';

const isValidationKey = (error: string): error is ValidationKey => (validationKeys as readonly string[]).includes(error);

/** A field's error: a validation key, a key of the subscription errors (the schema's own rules) or a server sentence. */
export function SubscriptionFieldError({ id, error }: { id: string; error?: string }) {
  const validation = useTranslations('validation');
  const t = useTranslations('subscriptions.errors');
  let text = error;
  if (error && isValidationKey(error)) text = validation(error);
  else if (error && t.has(error as Parameters<typeof t.has>[0])) text = t(error as Parameters<typeof t>[0]);
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-800">
      {text ?? null}
    </p>
  );
}

/** The error to show beside a field: the browser's check first, else what the server answered (also without JavaScript). */
export function useFieldError(serverErrors: Record<string, string[]> | undefined) {
  const { formState } = useFormContext();
  return (name: string): string | undefined => (get(formState.errors, name) as { message?: string } | undefined)?.message ?? serverErrors?.[name]?.[0];
}

/** The initial value of each field, as rendered in the HTML (a page without JavaScript shows these). */
export type FollowsValues = { locale: Locale; scope: 'everything' | 'chosen'; campaigns: string[]; cases: string[]; events: boolean; frequency: SubscriptionFrequency };

/** The fields as a form sent them (only ever used to render them again as they were). */

export const followsValuesFrom = (values: SubmittedValues | undefined, fallback: FollowsValues): FollowsValues => {
  if (!values) return fallback;
  const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);
  const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
  return {
    locale: (text(values.locale) ?? fallback.locale) as Locale,
    scope: (text(values.scope) ?? fallback.scope) as FollowsValues['scope'],
    campaigns: list(values.campaigns),
    cases: list(values.cases),
    events: values.events === '1',
    frequency: (text(values.frequency) ?? fallback.frequency) as SubscriptionFrequency,
  };
};

type ChoiceProps = { type: 'radio' | 'checkbox'; name: string; value: string; label: string; lang?: string; checked: boolean };

function Choice({ type, name, value, label, lang, checked }: ChoiceProps) {
  const { register } = useFormContext();
  const id = `${name}-${value}`;
  return (
    <div className="flex items-start gap-2">
      <input id={id} type={type} value={value} defaultChecked={checked} className="mt-1" {...register(name)} />
      <label htmlFor={id} lang={lang}>
        {label}
      </label>
    </div>
  );
}

/** Language, what to follow and how often: shared by the subscribe form and the preferences page. */
export function FollowsFields({ choices, initial, serverErrors }: { choices: SubscribeChoices; initial: FollowsValues; serverErrors?: Record<string, string[]> }) {
  const t = useTranslations('subscriptions.subscribe');
  const { register } = useFormContext();
  const errorOf = useFieldError(serverErrors);
  const scopeError = errorOf('scope');
  return (
    <>
      <div>
        <label htmlFor="locale" className="block font-medium">
          {t('language')}
        </label>
        <select id="locale" defaultValue={initial.locale} className={inputClass} {...register('locale')}>
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </select>
      </div>

      <fieldset aria-describedby="scope-error" className="space-y-3">
        <legend className="font-medium">{t('whatToFollow')}</legend>
        <Choice type="radio" name="scope" value="everything" label={t('everything')} checked={initial.scope === 'everything'} />
        <Choice type="radio" name="scope" value="chosen" label={t('chosen')} checked={initial.scope === 'chosen'} />
        <div className="space-y-4 border-l-2 border-stone-200 pl-4">
          <fieldset>
            <legend className="font-medium">{t('campaigns')}</legend>
            {choices.map((campaign) => (
              <Choice key={campaign.slug} type="checkbox" name="campaigns" value={campaign.slug} label={campaign.title.text} lang={campaign.title.lang} checked={initial.campaigns.includes(campaign.slug)} />
            ))}
          </fieldset>
          <fieldset>
            <legend className="font-medium">{t('cases')}</legend>
            {choices.map((campaign) => (
              <fieldset key={campaign.slug} className="mt-2">
                <legend lang={campaign.title.lang} className="text-sm text-stone-700">
                  {campaign.title.text}
                </legend>
                <div className="grid gap-x-4 sm:grid-cols-2">
                  {campaign.cases.map((found) => (
                    <Choice key={found.slug} type="checkbox" name="cases" value={found.slug} label={found.name} checked={initial.cases.includes(found.slug)} />
                  ))}
                </div>
              </fieldset>
            ))}
          </fieldset>
          <fieldset>
            <legend className="font-medium">{t('events')}</legend>
            <Choice type="checkbox" name="events" value="1" label={t('eventsLabel')} checked={initial.events} />
          </fieldset>
        </div>
        <SubscriptionFieldError id="scope-error" error={scopeError} />
      </fieldset>

      <fieldset className="space-y-1">
        <legend className="font-medium">{t('frequency')}</legend>
        <Choice type="radio" name="frequency" value="INSTANT" label={t('instant')} checked={initial.frequency === 'INSTANT'} />
        <Choice type="radio" name="frequency" value="WEEKLY" label={t('weekly')} checked={initial.frequency === 'WEEKLY'} />
      </fieldset>
    </>
  );
}
