import { CaseFlag, CaseStatus, ReleaseKind } from '../generated/prisma/enums';

export type { CaseStatus, ReleaseKind, CaseFlag };

/** The status vocabulary, in the order a case usually moves through it. */
export const caseStatuses = Object.values(CaseStatus);
export const releaseKinds = Object.values(ReleaseKind);
export const caseFlags = Object.values(CaseFlag);

export const statusLabels: Record<CaseStatus, string> = {
  INVESTIGATED: 'Under investigation',
  SUMMONED: 'Summoned',
  DETAINED: 'Detained',
  CHARGED: 'Charged',
  ON_TRIAL: 'On trial',
  SENTENCED: 'Sentenced',
  APPEALING: 'Appealing',
  SERVING_SENTENCE: 'Serving sentence',
  RELEASED: 'Released',
  IN_EXILE: 'In exile',
  MISSING: 'Missing',
  DIED: 'Died',
};

export const releaseKindLabels: Record<ReleaseKind, string> = {
  END_OF_TERM: 'at the end of the term',
  EARLY_RELEASE: 'early release',
  PARDON: 'pardon',
  AMNESTY: 'amnesty',
  ACQUITTAL: 'acquittal',
  CHARGES_DROPPED: 'charges dropped',
};

export const flagLabels: Record<CaseFlag, string> = {
  HUNGER_STRIKE: 'Hunger strike',
  HEALTH_CONCERN: 'Health concern',
};

/** Whether the person is, as far as the record knows, deprived of liberty or at risk of it. */
export type StatusTone = 'danger' | 'warning' | 'neutral' | 'good';

export const statusTones: Record<CaseStatus, StatusTone> = {
  INVESTIGATED: 'warning',
  SUMMONED: 'warning',
  DETAINED: 'danger',
  CHARGED: 'danger',
  ON_TRIAL: 'danger',
  SENTENCED: 'danger',
  APPEALING: 'danger',
  SERVING_SENTENCE: 'danger',
  RELEASED: 'good',
  IN_EXILE: 'neutral',
  MISSING: 'danger',
  DIED: 'neutral',
};

export function describeStatus(status: CaseStatus, releaseKind?: ReleaseKind | null): string {
  const label = statusLabels[status];
  return status === 'RELEASED' && releaseKind ? `${label} (${releaseKindLabels[releaseKind]})` : label;
}
