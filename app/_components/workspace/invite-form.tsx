'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { roles } from '@/lib/auth/roles';
import { useRouter } from '@/lib/i18n/navigation';
import { inviteAction } from '@/lib/people/actions';
import { inviteSchema, type InviteFormValues, type InviteInput } from '@/lib/people/invite.schema';
import { ActionResult, type ActionOutcome } from './action-result';
import { FieldError } from './field-error';

export function InviteForm() {
  const t = useTranslations('people.invite');
  const roleName = useTranslations('workspace.roles');
  const router = useRouter();
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<InviteFormValues, unknown, InviteInput>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: '', role: 'ORGANIZER' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await inviteAction(values);
    if (result.ok) {
      reset();
      setOutcome({ ok: true, text: t('sent', { email: values.email }) });
      router.refresh();
      return;
    }
    for (const field of ['email', 'role'] as const) {
      const message = result.errors?.[field]?.[0];
      if (message) setError(field, { type: 'server', message });
    }
    setOutcome({ ok: false, text: result.message ?? '' });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-wrap items-start gap-4">
      <div className="min-w-64 grow">
        <label htmlFor="invite-email" className="block font-medium">
          {t('email')}
        </label>
        <input
          id="invite-email"
          type="email"
          autoComplete="off"
          aria-invalid={Boolean(formState.errors.email)}
          aria-describedby="invite-email-error"
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
          {...register('email')}
        />
        <FieldError id="invite-email-error" error={formState.errors.email?.message} />
      </div>
      <div>
        <label htmlFor="invite-role" className="block font-medium">
          {t('role')}
        </label>
        <select
          id="invite-role"
          aria-invalid={Boolean(formState.errors.role)}
          aria-describedby="invite-role-error"
          className="mt-1 rounded border border-stone-400 bg-white px-3 py-2"
          {...register('role')}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleName(role)}
            </option>
          ))}
        </select>
        <FieldError id="invite-role-error" error={formState.errors.role?.message} />
      </div>
      <div className="basis-full">
        <button type="submit" disabled={formState.isSubmitting} className="rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60">
          {formState.isSubmitting ? t('sending') : t('submit')}
        </button>
        <div className="mt-2">
          <ActionResult outcome={outcome} />
        </div>
      </div>
    </form>
  );
}
