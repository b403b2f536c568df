'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import type { FormState } from '@/lib/actions/workspace-action';
import { roles, type Role } from '@/lib/auth/roles';
import { useRouter } from '@/lib/i18n/navigation';
import { changeRoleAction, disableUserAction, enableUserAction } from '@/lib/people/actions';
import { changeRoleSchema, type ChangeRoleInput } from '@/lib/people/change-role.schema';
import { ActionResult, type ActionOutcome } from './action-result';
import { FieldError } from './field-error';
import { HydratedFieldset } from './form-field';
import { useCallAction } from './use-call-action';

type Props = { userId: string; email: string; role: Role; disabled: boolean };

/** An admin's changes to one user: the role, and whether the account may sign in. */
export function UserControls({ userId, email, role, disabled }: Props) {
  const t = useTranslations('people.users');
  const roleName = useTranslations('workspace.roles');
  const router = useRouter();
  const callAction = useCallAction();
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const [switching, startSwitching] = useTransition();
  const { register, handleSubmit, setError, formState } = useForm<ChangeRoleInput>({
    resolver: zodResolver(changeRoleSchema),
    defaultValues: { userId, role },
  });

  const show = (result: FormState<unknown>, success: string) => {
    setOutcome(result.ok ? { ok: true, text: success } : { ok: false, text: result.message ?? '' });
    if (result.ok) router.refresh();
  };

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await callAction(() => changeRoleAction(values));
    const message = result.errors?.role?.[0];
    if (message) setError('role', { type: 'server', message });
    show(result, t('roleSaved', { email }));
  });

  const switchAccess = () =>
    startSwitching(async () => {
      setOutcome(null);
      const result = await callAction(() => (disabled ? enableUserAction : disableUserAction)({ userId }));
      show(result, disabled ? t('enabled', { email }) : t('disabledDone', { email }));
    });

  const roleFieldId = `role-${userId}`;
  return (
    <div className="space-y-2">
      <form onSubmit={onSubmit} noValidate>
        <HydratedFieldset className="flex flex-wrap items-center gap-2">
          <label htmlFor={roleFieldId} className="sr-only">
            {t('roleOf', { email })}
          </label>
          <select
            id={roleFieldId}
            aria-invalid={Boolean(formState.errors.role)}
            aria-describedby={`${roleFieldId}-error`}
            className="rounded border border-stone-400 bg-white px-2 py-1"
            {...register('role')}
          >
            {roles.map((option) => (
              <option key={option} value={option}>
                {roleName(option)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={formState.isSubmitting} className="rounded border border-stone-500 px-3 py-1 disabled:opacity-60" aria-label={t('saveRoleOf', { email })}>
            {t('saveRole')}
          </button>
          <button type="button" onClick={switchAccess} disabled={switching} className="rounded border border-red-800 px-3 py-1 text-red-800 disabled:opacity-60" aria-label={disabled ? t('enableUser', { email }) : t('disableUser', { email })}>
            {disabled ? t('enable') : t('disable')}
          </button>
        </HydratedFieldset>
      </form>
      <FieldError id={`${roleFieldId}-error`} error={formState.errors.role?.message} />
      <ActionResult outcome={outcome} />
    </div>
  );
}
