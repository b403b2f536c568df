'use client';

import { useActionState } from 'react';
import type { FormAction, FormState } from '@/lib/actions/workspace-action';
import { FormOutcome } from './form-outcome';

type Props = {
  action: FormAction;
  token: string;
  label: string;
  pendingLabel: string;
  done?: string;
  tone?: 'primary' | 'danger';
};

/** One button posting a subscriber's link token to an action; a plain form, so it works without JavaScript. */
export function TokenActionButton({ action, token, label, pendingLabel, done, tone = 'primary' }: Props) {
  const [state, formAction, pending] = useActionState<FormState<unknown> | undefined, FormData>(action, undefined);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="token" value={token} />
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${tone === 'danger' ? 'border border-red-800 bg-white text-red-800' : 'bg-red-800 text-white'}`}
      >
        {pending ? pendingLabel : label}
      </button>
      <FormOutcome state={state} success={done} />
    </form>
  );
}
