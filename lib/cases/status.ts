import { CaseFlag, CaseStatus, ReleaseKind } from '../generated/prisma/enums';

export type { CaseStatus, ReleaseKind, CaseFlag };

/** The status vocabulary, in the order a case usually moves through it. */
export const caseStatuses = Object.values(CaseStatus);
export const releaseKinds = Object.values(ReleaseKind);
export const caseFlags = Object.values(CaseFlag);

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
