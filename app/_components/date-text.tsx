import { formatDateWithPrecision, formatStatusSince, isoDateWithPrecision, type DatePrecision } from '@/lib/dates/precision';

export function DateText({ date, precision }: { date: Date; precision: DatePrecision }) {
  return <time dateTime={isoDateWithPrecision(date, precision)}>{formatDateWithPrecision(date, precision)}</time>;
}

export function StatusSince({ date, precision }: { date: Date; precision: DatePrecision }) {
  return <time dateTime={isoDateWithPrecision(date, precision)}>{formatStatusSince(date, precision)}</time>;
}
