import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** The one answer for a link token that is unknown, expired, used or revoked: it says nothing about which. */
export async function LinkInvalid() {
  const t = await getTranslations('subscriptions.linkInvalid');
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('body')}</p>
      <Link href="/subscribe" className="text-red-800 underline">
        {t('subscribeAgain')}
      </Link>
    </div>
  );
}

/** Pages opened by a link token: never indexed, and the token never leaves in a Referer header. */
export const tokenPageMetadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' } as const;
