'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { sendTestAlert } from '@/lib/alerts/actions';
import { ActionResult, type ActionOutcome } from './action-result';
import { useCallAction } from './use-call-action';

/** Sends the organizer the alert of this update, as followers would receive it. */
export function TestAlertButton({ updateId }: { updateId: string }) {
  const t = useTranslations('alerts.testSend');
  const callAction = useCallAction();
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const [pending, startTransition] = useTransition();

  const send = () =>
    startTransition(async () => {
      setOutcome(null);
      const result = await callAction(() => sendTestAlert({ updateId }));
      setOutcome(result.ok && result.data ? { ok: true, text: t('sent', { email: result.data.sentTo }) } : { ok: false, text: result.message ?? '' });
    });

  return (
    <div className="space-y-1">
      <button type="button" onClick={send} disabled={pending} className="rounded border border-stone-700 px-3 py-1 disabled:opacity-60">
        {t('button')}
      </button>
      <ActionResult outcome={outcome} />
    </div>
  );
}
