import { getLocale, getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { mailboxIsOpenToVisitor } from '@/lib/email/mailbox';
import { Link, redirect } from '@/lib/i18n/navigation';
import { SignInForm } from '../../../_components/workspace/sign-in-form';

type Props = { searchParams: Promise<{ error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const [locale, { error }] = await Promise.all([getLocale(), searchParams]);
  if (await getCurrentUser()) redirect({ href: '/admin', locale });
  const t = await getTranslations('workspace.signIn');
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-700">{t('intro')}</p>
      {error ? (
        <p role="alert" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3">
          {t('linkFailed')}
        </p>
      ) : null}
      <SignInForm callbackUrl={`/${locale}/admin`} />
      {(await mailboxIsOpenToVisitor()) ? (
        <p className="mt-6 text-sm text-stone-700">
          {t('localMailbox')}{' '}
          <Link href="/admin/mailbox" className="underline">
            {t('openMailbox')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
