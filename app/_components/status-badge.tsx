import { useTranslations } from 'next-intl';
import { statusTones, type CaseStatus, type ReleaseKind, type StatusTone } from '@/lib/cases/status';

const toneClasses: Record<StatusTone, string> = {
  danger: 'bg-red-100 text-red-900 ring-red-300',
  warning: 'bg-amber-100 text-amber-900 ring-amber-300',
  neutral: 'bg-stone-100 text-stone-800 ring-stone-300',
  good: 'bg-green-100 text-green-900 ring-green-300',
};

type StatusTranslator = ReturnType<typeof useTranslations<'status'>>;

/** "Released (early release)": the status, and how a release happened when known. */
export function formatStatus(t: StatusTranslator, status: CaseStatus, releaseKind?: ReleaseKind | null) {
  return status === 'RELEASED' && releaseKind
    ? t('withReleaseKind', { status: t(`status.${status}`), releaseKind: t(`releaseKind.${releaseKind}`) })
    : t(`status.${status}`);
}

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
