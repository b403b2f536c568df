'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useRouter } from '@/lib/i18n/navigation';
import { discardUpdate } from '@/lib/updates/actions';
import type { UpdateDiscardInput } from '@/lib/updates/discard.schema';
import { ActionResult, type ActionOutcome } from './action-result';
import { useCallAction } from './use-call-action';

/** Deletes a draft or scheduled update once the organizer confirms, then opens its case. */
export function DiscardUpdateButton(update: UpdateDiscardInput) {
  const t = useTranslations('editing.discard');
  const router = useRouter();
  const callAction = useCallAction();
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const [pending, startTransition] = useTransition();
  const discard = () => {
    if (!window.confirm(t('confirm'))) return;
    startTransition(async () => {
      setOutcome(null);
      const result = await callAction(() => discardUpdate(update));
      if (result.ok && result.data) return router.push(`/admin/cases/${result.data.caseId}`);
      setOutcome({ ok: false, text: result.message ?? '' });
    });
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
