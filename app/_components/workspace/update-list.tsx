import { useTranslations } from 'next-intl';
import type { CaseStatus, DatePrecision, ReleaseKind, UpdateState } from '@/lib/generated/prisma/enums';
import { Link } from '@/lib/i18n/navigation';
import { DateText } from '../date-text';
import { StatusBadge } from '../status-badge';
import { InstantText } from './instant-text';

type Item = {
  id: string;
  title: string;
  state: UpdateState;
  status: CaseStatus | null;
  releaseKind: ReleaseKind | null;
  occurredOn: Date;
  occurredOnPrecision: DatePrecision;
  scheduledFor: Date | null;
  author: { email: string } | null;
  /** Given when the list mixes cases. */
  case?: { id: string; name: string };
};

/** Updates in the workspace: date, state, when scheduled, author, the status they set; each links to its page. */
export function UpdateList({ updates }: { updates: Item[] }) {
  const t = useTranslations('editing');
  return (
    <ol className="space-y-2">
      {updates.map((update) => (
        <li key={update.id} className="rounded border border-stone-200 bg-white p-3" data-testid="workspace-update" data-state={update.state}>
          <p className="text-sm text-stone-600">
            {update.case ? (
              <>
                <Link href={`/admin/cases/${update.case.id}`} className="underline">
                  {update.case.name}
                </Link>{' '}
                ·{' '}
              </>
            ) : null}
            <DateText date={update.occurredOn} precision={update.occurredOnPrecision} /> · <span className="font-medium">{t(`states.${update.state}`)}</span>
            {update.state === 'SCHEDULED' && update.scheduledFor ? (
              <>
                {' '}
                · {t('updates.scheduledFor')} <InstantText date={update.scheduledFor} />
              </>
            ) : null}
            {update.author ? ` · ${update.author.email}` : null}
          </p>
          <Link href={`/admin/updates/${update.id}`} className="font-medium underline">
            {update.title}
          </Link>
          {update.status ? (
            <div className="mt-1">
              <StatusBadge status={update.status} releaseKind={update.releaseKind} />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
