'use client';

import { useTranslations } from 'next-intl';
import { FormProvider } from 'react-hook-form';
import { savePreferences } from '@/lib/subscriptions/actions';
import { preferencesSchema, type PreferencesFormValues } from '@/lib/subscriptions/preferences.schema';
import type { SubscribeChoices } from '@/lib/subscriptions/queries';
import { FollowsFields, followsValuesFrom, type FollowsValues } from './follows-fields';
import { FormOutcome } from './form-outcome';
import { useActionForm } from './use-action-form';

export function PreferencesForm({ token, choices, initial }: { token: string; choices: SubscribeChoices; initial: FollowsValues }) {
  const t = useTranslations('subscriptions.preferences');
  const { state, pending, methods, formProps } = useActionForm<PreferencesFormValues>(savePreferences, preferencesSchema, { token, ...initial });
  return (
    <FormProvider {...methods}>
      <form {...formProps} className="space-y-6">
        <input type="hidden" name="token" value={token} />
        <FollowsFields choices={choices} initial={followsValuesFrom(state?.ok ? undefined : state?.values, initial)} serverErrors={state?.errors} />
        <FormOutcome state={state} success={t('saved')} />
        <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? t('saving') : t('save')}
        </button>
      </form>
    </FormProvider>
  );
}
