'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useRouter } from '@/lib/i18n/navigation';
import { signInSchema, type SignInInput } from '@/lib/auth/sign-in.schema';
import { FieldError } from './field-error';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('workspace.signIn');
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  const onSubmit = handleSubmit(async ({ email }) => {
    setMessage(null);
    const result = await signIn('email', { email, callbackUrl, redirect: false });
    if (result?.status === 429) return setMessage(t('tooMany'));
    router.push('/admin/sign-in/check-email');
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <div>
        <label htmlFor="email" className="block font-medium">
          {t('email')}
        </label>
        <input
          id="email"
          type="email"
          autoComplete="email"
          aria-invalid={Boolean(formState.errors.email)}
          aria-describedby="email-error"
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
          {...register('email')}
        />
        <FieldError id="email-error" error={formState.errors.email?.message} />
      </div>
      {message ? (
        <p role="alert" className="text-red-800">
          {message}
        </p>
      ) : null}
      <button type="submit" disabled={formState.isSubmitting} className="rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60">
        {formState.isSubmitting ? t('sending') : t('submit')}
      </button>
    </form>
  );
}
