import type { DatePrecision } from '../generated/prisma/enums';

export type { DatePrecision };

/** The machine-readable form for <time datetime>: as precise as known (YYYY, YYYY-MM or YYYY-MM-DD). */
export function isoDateWithPrecision(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString().slice(0, 10);
  if (precision === 'YEAR') return iso.slice(0, 4);
  if (precision === 'MONTH') return iso.slice(0, 7);
  return iso;
}
