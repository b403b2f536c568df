import { getTranslations } from 'next-intl/server';
import { mailboxIsOpenToVisitor } from '@/lib/email/mailbox';
import { Link } from '@/lib/i18n/navigation';

export default async function CheckEmailPage() {
  const t = await getTranslations('workspace.signIn');
  return (
    <div className="mx-auto max-w-md" role="status">
      <h1 className="text-2xl font-bold">{t('checkEmailTitle')}</h1>
      <p className="mt-2">{t('checkEmail')}</p>
      {(await mailboxIsOpenToVisitor()) ? (
        <p className="mt-6 text-sm">
          {t('localMailbox')}{' '}
          <Link href="/admin/mailbox" className="underline">
            {t('openMailbox')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
