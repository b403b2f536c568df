'use client';

import { useState, useTransition } from 'react';
import { useRouter } from '@/lib/i18n/navigation';
import type { ActionOutcome } from './action-result';

/**
 * A button's action whose success shows in the page itself: the page is read again; a refusal is kept to be
 * shown beside the button.
 */
export function useRefreshingAction() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok?: boolean; message?: string }>) =>
    startTransition(async () => {
      setOutcome(null);
      const result = await action();
      if (result.ok) return router.refresh();
      setOutcome({ ok: false, text: result.message ?? '' });
    });
  return { outcome, pending, run };
}
