import type { UpdateState } from '../generated/prisma/enums';

/** The row changed since the form was opened: nothing was written; what is stored now, to set beside the form. */
export type EditConflict<Values> = {
  theirs: Values;
  version: number;
  /** ISO instant of the stored row's last change. */
  changedAt: string;
  /** For updates: their state now (a draft may have been published meanwhile). */
  state?: UpdateState;
};

/** What saving a versioned form gives back: the saved row's id and new version, or the conflict. */
export type SaveOutcome<Values> = { saved: { id: string; version: number } } | { conflict: EditConflict<Values> };
