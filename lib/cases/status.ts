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

/**
 * Statuses of people held by the authorities as far as the record knows: the directory's "currently deprived
 * of liberty" filter. A person leaves custody through an update to RELEASED, so every stage of a prosecution
 * that follows an arrest counts as held until then.
 */
export const deprivedOfLibertyStatuses = [
  // Arrested: in police custody or pre-trial detention.
  'DETAINED',
  // Charges come after the arrest in this vocabulary (someone questioned while free is INVESTIGATED or
  // SUMMONED); the charged Zhanaozen defendants are held awaiting trial.
  'CHARGED',
  // Tried while held.
  'ON_TRIAL',
  // Sentenced to prison and not yet moved to serve it; a sentence served at liberty is recorded as RELEASED.
  'SENTENCED',
  // Appealing the sentence from prison.
  'APPEALING',
  // In a prison or penal colony.
  'SERVING_SENTENCE',
  // Not here: INVESTIGATED and SUMMONED (at risk, still free), RELEASED, IN_EXILE (free, abroad), DIED, and
  // MISSING, whose whereabouts nobody knows, so the record cannot say they are held.
] as const satisfies readonly CaseStatus[];
