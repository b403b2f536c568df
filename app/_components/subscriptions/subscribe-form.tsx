'use client';

import { useTranslations } from 'next-intl';
import { FormProvider, useFormContext } from 'react-hook-form';
import { subscribe } from '@/lib/subscriptions/actions';
import type { SubscribeChoices } from '@/lib/subscriptions/queries';
import { subscribeSchema, type SubscribeFormValues } from '@/lib/subscriptions/subscribe.schema';
import { FollowsFields, followsValuesFrom, inputClass, SubscriptionFieldError, useFieldError, type FollowsValues } from './follows-fields';
import { FormOutcome } from './form-outcome';
import { useActionForm } from './use-action-form';

type Props = { choices: SubscribeChoices; initial: FollowsValues; humanCheck: string };

export function SubscribeForm({ choices, initial, humanCheck }: Props) {
  const t = useTranslations('subscriptions.subscribe');
  const { state, pending, methods, formProps } = useActionForm<SubscribeFormValues>(subscribe, subscribeSchema, { email: '', ...initial });
  if (state?.ok) {
    return (
      <div role="status" className="rounded border border-green-300 bg-green-50 p-4 text-green-900">
        <h2 className="font-semibold">{t('sentTitle')}</h2>
        <p className="mt-1">{t('sent')}</p>
      </div>
    );
  }
  const shown = followsValuesFrom(state?.values, initial);
  const email = typeof state?.values?.email === 'string' ? state.values.email : '';
  return (
    <FormProvider {...methods}>
      <form {...formProps} className="mt-6 space-y-6">
        <EmailField email={email} serverErrors={state?.errors} />
        <FollowsFields choices={choices} initial={shown} serverErrors={state?.errors} />
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="homepage">{t('homepage')}</label>
          <input id="homepage" name="homepage" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <input type="hidden" name="humanCheck" value={humanCheck} />
        <FormOutcome state={state} />
        <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? t('sending') : t('submit')}
        </button>
      </form>
    </FormProvider>
  );
}

function EmailField({ email, serverErrors }: { email: string; serverErrors?: Record<string, string[]> }) {
  const t = useTranslations('subscriptions.subscribe');
  const { register } = useFormContext<SubscribeFormValues>();
  const error = useFieldError(serverErrors)('email');
  return (
    <div>
      <label htmlFor="email" className="block font-medium">
        {t('email')}
      </label>
      <input
        id="email"
        type="email"
        autoComplete="email"
        defaultValue={email}
        aria-invalid={Boolean(error)}
        aria-describedby="email-error"
        className={inputClass}
        {...register('email')}
      />
      <SubscriptionFieldError id="email-error" error={error} />
    </div>
  );
}
