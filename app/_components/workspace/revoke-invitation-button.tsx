'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useRouter } from '@/lib/i18n/navigation';
import { revokeInvitationAction } from '@/lib/people/actions';
import { ActionResult, type ActionOutcome } from './action-result';

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations('people.invitations');
  const router = useRouter();
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const [pending, startTransition] = useTransition();

  const revoke = () =>
    startTransition(async () => {
      setOutcome(null);
      const result = await revokeInvitationAction({ invitationId });
      if (result.ok) return router.refresh();
      setOutcome({ ok: false, text: result.message ?? '' });
    });

  return (
    <div>
      <button type="button" onClick={revoke} disabled={pending} aria-label={t('revokeFor', { email })} className="rounded border border-red-800 px-3 py-1 text-red-800 disabled:opacity-60">
        {t('revoke')}
      </button>
      <ActionResult outcome={outcome} />
    </div>
  );
}
