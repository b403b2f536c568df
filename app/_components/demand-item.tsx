import { useTranslations } from 'next-intl';
import type { DemandEntry } from '@/lib/demands/queries';
import type { DemandProgress } from '@/lib/demands/progress';
import { Link } from '@/lib/i18n/navigation';
import { Citations } from './citations';
import { DateText } from './date-text';
import { Localized } from './localized';
import { StatusBadge } from './status-badge';

const statusClasses: Record<DemandEntry['status'], string> = {
  PENDING: 'bg-amber-100 text-amber-900 ring-amber-300',
  PARTLY_MET: 'bg-sky-100 text-sky-900 ring-sky-300',
  MET: 'bg-green-100 text-green-900 ring-green-300',
  REJECTED: 'bg-red-100 text-red-900 ring-red-300',
};

export function DemandStatusBadge({ status }: { status: DemandEntry['status'] }) {
  const t = useTranslations('demands');
  return (
    <span data-demand-status={status} className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ring-inset ${statusClasses[status]}`}>
      {t(`status.${status}`)}
    </span>
  );
}

/** "0 of 52 released", as stated: "0 of more than 2,000 released". */
export function DemandProgressText({ progress }: { progress: DemandProgress | null }) {
  const t = useTranslations('demands');
  const count = useTranslations('cases');
  if (!progress) return <span data-testid="demand-progress">{t('noLinkedCase')}</span>;
  const released = count('count', progress.released);
  return (
    <span data-testid="demand-progress">
      {progress.concerned ? t('progress', { released, concerned: count('count', progress.concerned) }) : t('progressSizeUnknown', { released })}
    </span>
  );
}

/** Who issued a demand and when, and the statement it was issued in. */
export function DemandIssued({ demand }: { demand: Pick<DemandEntry, 'issuedBy' | 'issuedOn' | 'issuedOnPrecision' | 'document'> }) {
  const t = useTranslations('demands');
  return (
    <>
      {t.rich('issued', { issuer: demand.issuedBy, date: () => <DateText date={demand.issuedOn} precision={demand.issuedOnPrecision} /> })}
      {demand.document ? (
        <>
          {' '}
          {t.rich('inSource', {
            title: demand.document.title,
            source: (chunks) => (
              <Link href={`/sources/${demand.document!.slug}`} lang={demand.document!.language} className="underline">
                {chunks}
              </Link>
            ),
          })}
        </>
      ) : null}
    </>
  );
}

type Props = {
  demand: DemandEntry;
  locale: string;
  /** On the demands page each item is an anchor (/demands#<slug>) and names the cases it concerns; on a case page it says who issued it and links there. */
  context: 'demands-page' | 'case-page';
};

export function DemandItem({ demand, locale, context }: Props) {
  const t = useTranslations('demands');
  const count = useTranslations('cases');
  return (
    <li id={context === 'demands-page' ? demand.slug : undefined} data-demand={demand.slug} className="scroll-mt-4 py-3">
      <Localized as="p" className="font-medium" value={demand.text} visitorLocale={locale} markOriginal />
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
        <DemandStatusBadge status={demand.status} />
        <DemandProgressText progress={demand.progress} />
      </div>
      {context === 'case-page' ? (
        <p className="mt-1 text-sm text-stone-600">
          <DemandIssued demand={demand} /> ·{' '}
          <Link href={`/demands#${demand.slug}`} className="underline">
            {t('forCase.allDemands')}
          </Link>
        </p>
      ) : demand.cases.length > 0 ? (
        <p className="mt-1 text-sm text-stone-700">
          {t('concerns')}{' '}
          {demand.cases.map((c, index) => (
            <span key={c.slug}>
              {index > 0 ? ' · ' : null}
              <Link href={`/cases/${c.slug}`} className="underline">
                {c.name}
              </Link>
              {c.kind === 'GROUP' && c.latestCount ? ` (${count('people', c.latestCount)})` : null} <StatusBadge status={c.status} />
            </span>
          ))}
        </p>
      ) : null}
      {demand.progressNote ? <Localized as="p" className="mt-1 text-sm" value={demand.progressNote} visitorLocale={locale} markOriginal /> : null}
      <Citations citations={demand.citations} />
    </li>
  );
}
