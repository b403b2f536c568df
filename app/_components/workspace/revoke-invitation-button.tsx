'use client';

import { useTranslations } from 'next-intl';
import { revokeInvitationAction } from '@/lib/people/actions';
import { ActionResult } from './action-result';
import { useRefreshingAction } from './use-refreshing-action';

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations('people.invitations');
  const { outcome, pending, run } = useRefreshingAction();
  const revoke = () => run(() => revokeInvitationAction({ invitationId }));

  return (
    <div>
      <button type="button" onClick={revoke} disabled={pending} aria-label={t('revokeFor', { email })} className="rounded border border-red-800 px-3 py-1 text-red-800 disabled:opacity-60">
        {t('revoke')}
      </button>
      <ActionResult outcome={outcome} />
    </div>
  );
}
