import type { useTranslations } from 'next-intl';
import type { CaseStatus, ReleaseKind } from './status';

type StatusTranslator = ReturnType<typeof useTranslations<'status'>>;

/** "Released (early release)": the status, and how a release happened when known. */
export function formatStatus(t: StatusTranslator, status: CaseStatus, releaseKind?: ReleaseKind | null): string {
  return status === 'RELEASED' && releaseKind
    ? t('withReleaseKind', { status: t(`status.${status}`), releaseKind: t(`releaseKind.${releaseKind}`) })
    : t(`status.${status}`);
}
