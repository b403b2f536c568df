'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { roles } from '@/lib/auth/roles';
import { useRouter } from '@/lib/i18n/navigation';
import { localeNames, locales } from '@/lib/i18n/routing';
import { inviteAction } from '@/lib/people/actions';
import { inviteSchema, type InviteFormValues, type InviteInput } from '@/lib/people/invite.schema';
import { ActionResult, type ActionOutcome } from './action-result';
import { FieldError } from './field-error';
import { useCallAction } from './use-call-action';
import { useUnsavedChangesWarning } from './use-unsaved-changes-warning';

function InviteSelect({ id, label, error, registration, children }: { id: string; label: string; error?: string; registration: UseFormRegisterReturn; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} aria-invalid={Boolean(error)} aria-describedby={`${id}-error`} className="mt-1 rounded border border-stone-400 bg-white px-3 py-2" {...registration}>
        {children}
      </select>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** Invites someone by email, in the language the admin picks: the page's language unless changed. */
export function InviteForm() {
  const t = useTranslations('people.invite');
  const roleName = useTranslations('workspace.roles');
  const editing = useTranslations('editing');
  const locale = useLocale();
  const router = useRouter();
  const callAction = useCallAction();
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<InviteFormValues, unknown, InviteInput>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: '', role: 'ORGANIZER', language: locale },
  });
  useUnsavedChangesWarning(formState.isDirty, editing('unsavedChanges'));

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await callAction(() => inviteAction(values));
    if (result.ok) {
      reset();
      setOutcome({ ok: true, text: t('sent', { email: values.email }) });
      router.refresh();
      return;
    }
    for (const field of ['email', 'role', 'language'] as const) {
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
      <InviteSelect id="invite-role" label={t('role')} error={formState.errors.role?.message} registration={register('role')}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleName(role)}
          </option>
        ))}
      </InviteSelect>
      <InviteSelect id="invite-language" label={t('language')} error={formState.errors.language?.message} registration={register('language')}>
        {locales.map((language) => (
          <option key={language} value={language} lang={language}>
            {localeNames[language]}
          </option>
        ))}
      </InviteSelect>
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
