import { getTranslations } from 'next-intl/server';
import { signInCallbackPath, signInLinkSchema } from '@/lib/auth/sign-in-link';
import { Link } from '@/lib/i18n/navigation';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where a sign-in email leads. The token is used only when the person presses the button (a GET form to
 * next-auth's callback), so a mail scanner that opens the link does not use it up. Its address holds the token,
 * so it is answered with `Referrer-Policy: no-referrer` (lib/security/headers.ts).
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const [t, link] = await Promise.all([getTranslations('workspace.signIn'), searchParams.then((params) => signInLinkSchema.safeParse(params))]);
  if (!link.success) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p role="alert" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3">
          {t('linkIncomplete')}{' '}
          <Link href="/admin/sign-in" className="underline">
            {t('askAgain')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2">{t('confirmAs', { email: link.data.email })}</p>
      <form method="get" action={signInCallbackPath} className="mt-4">
        {Object.entries(link.data).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" className="rounded bg-red-800 px-4 py-2 font-medium text-white">
          {t('confirm')}
        </button>
      </form>
      <p className="mt-4 text-sm text-stone-700">{t('confirmWhy')}</p>
    </div>
  );
}
