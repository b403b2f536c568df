'use client';

import type { FormEvent } from 'react';
import type { FormAction } from '@/lib/actions/workspace-action';
import { FormOutcome } from './form-outcome';
import { useFormActionState } from './use-action-form';

export type TokenActionProps = {
  action: FormAction;
  token: string;
  label: string;
  pendingLabel: string;
  done?: string;
  tone?: 'primary' | 'danger';
};

/** One button posting a subscriber's link token to an action; a plain form, so it works without JavaScript. */
export function TokenActionForm({ action, token, label, pendingLabel, done, tone = 'primary', unreachable }: TokenActionProps & { unreachable: string }) {
  const { state, pending, formAction, submit } = useFormActionState(action, unreachable);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(event.currentTarget);
  };
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-2">
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
