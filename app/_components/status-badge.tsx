import { useTranslations } from 'next-intl';
import { formatStatus } from '@/lib/cases/status-label';
import { statusTones, type CaseStatus, type ReleaseKind, type StatusTone } from '@/lib/cases/status';

const toneClasses: Record<StatusTone, string> = {
  danger: 'bg-red-100 text-red-900 ring-red-300',
  warning: 'bg-amber-100 text-amber-900 ring-amber-300',
  neutral: 'bg-stone-100 text-stone-800 ring-stone-300',
  good: 'bg-green-100 text-green-900 ring-green-300',
};

export function StatusBadge({ status, releaseKind }: { status: CaseStatus; releaseKind?: ReleaseKind | null }) {
  const t = useTranslations('status');
  return (
    <span
      data-status={status}
      className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ring-inset ${toneClasses[statusTones[status]]}`}
    >
      {formatStatus(t, status, releaseKind)}
    </span>
  );
}
