'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { useRouter } from '@/lib/i18n/navigation';

const refreshEveryMs = 2_000;

/** Re-renders the page's server data every 2 seconds while emails wait to be sent; without JavaScript the numbers stay as loaded. */
export function RefreshWhileQueued({ queued }: { queued: boolean }) {
  const t = useTranslations('alerts');
  const router = useRouter();
  useEffect(() => {
    if (!queued) return;
    const timer = setInterval(() => router.refresh(), refreshEveryMs);
    return () => clearInterval(timer);
  }, [queued, router]);
  return queued ? <p className="text-sm text-stone-600">{t('live')}</p> : null;
}
