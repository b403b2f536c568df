'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { discardUpdate } from '@/lib/updates/actions';
import type { UpdateDiscardInput } from '@/lib/updates/discard.schema';
import { ActionResult } from './action-result';
import { useRefreshingAction } from './use-refreshing-action';

/** Deletes a draft or scheduled update once the organizer confirms, then opens its case. */
export function DiscardUpdateButton(update: UpdateDiscardInput) {
  const t = useTranslations('editing.discard');
  const router = useRouter();
  const { outcome, pending, run } = useRefreshingAction();
  const discard = () => {
    if (window.confirm(t('confirm'))) run(() => discardUpdate(update), ({ caseId }) => router.push(`/admin/cases/${caseId}`));
  };
  return (
    <section className="space-y-2 rounded border border-stone-300 p-4">
      <h2 className="text-lg font-bold">{t('title')}</h2>
      <p className="text-sm text-stone-700">{t('intro')}</p>
      <button type="button" onClick={discard} disabled={pending} className="rounded border border-red-800 px-4 py-2 font-medium text-red-900 disabled:opacity-60">
        {t('submit')}
      </button>
      <ActionResult outcome={outcome} />
    </section>
  );
}
