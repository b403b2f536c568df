'use client';

import { useTranslations } from 'next-intl';
import { setSourceVisibility } from '@/lib/sources/actions';
import type { SourceVisibilityInput } from '@/lib/sources/visibility.schema';
import { ActionResult } from './action-result';
import { useRefreshingAction } from './use-refreshing-action';

/** Publishes a withheld statement, or withholds a public one; the page read again shows its new state. */
export function SourceVisibilityButton({ sourceId, state }: { sourceId: string; state: SourceVisibilityInput['state'] }) {
  const t = useTranslations('records.sources');
  const { outcome, pending, run } = useRefreshingAction();
  const target = state === 'PUBLIC' ? 'WITHHELD' : 'PUBLIC';
  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={() => run(() => setSourceVisibility({ id: sourceId, state: target }))}
        disabled={pending}
        className={target === 'PUBLIC' ? 'rounded bg-red-800 px-4 py-2 font-medium text-white disabled:opacity-60' : 'rounded border border-red-800 px-4 py-2 text-red-800 disabled:opacity-60'}
      >
        {t(target === 'PUBLIC' ? 'publish' : 'withhold')}
      </button>
      <ActionResult outcome={outcome} />
    </div>
  );
}
