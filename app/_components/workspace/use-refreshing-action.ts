'use client';

import { useState, useTransition } from 'react';
import type { FormState } from '@/lib/actions/workspace-action';
import { useRouter } from '@/lib/i18n/navigation';
import type { ActionOutcome } from './action-result';
import { useCallAction } from './use-call-action';

/**
 * A button's action whose success shows in the page itself: the page is read again (or `then` goes elsewhere with
 * what the action answered); a refusal is kept to be shown beside the button.
 */
export function useRefreshingAction() {
  const router = useRouter();
  const callAction = useCallAction();
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const [pending, startTransition] = useTransition();
  const run = <Data,>(action: () => Promise<FormState<Data>>, then: (data: Data) => void = () => router.refresh()) =>
    startTransition(async () => {
      setOutcome(null);
      const result = await callAction(action);
      if (result.ok) return then(result.data as Data);
      setOutcome({ ok: false, text: result.message ?? '' });
    });
  return { outcome, pending, run };
}
