import { useTranslations } from 'next-intl';
import { isoDateWithPrecision, type DatePrecision } from '@/lib/dates/precision';

type Props = { date: Date; precision: DatePrecision };

/** A calendar date worded as precisely as the record knows it ("week of…", "around…", "by…"). */
export function DateText({ date, precision }: Props) {
  const t = useTranslations('dates');
  return <time dateTime={isoDateWithPrecision(date, precision)}>{t(`on.${precision}`, { date })}</time>;
}

/** "since 15 March 2012", or "as of 19 March 2012" when only a latest date is known. */
export function StatusSince({ date, precision }: Props) {
  const t = useTranslations('dates');
  return <time dateTime={isoDateWithPrecision(date, precision)}>{t(`since.${precision}`, { date })}</time>;
}
