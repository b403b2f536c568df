import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getCaseBySlug, type CaseDetail } from '@/lib/cases/queries';
import type { LocalizedText } from '@/lib/i18n/content';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { LocalizedMarkdown } from '../../../_components/localized-markdown';
import { Markdown, markdownClasses } from '@/lib/markdown/markdown';
import { CaseDemands } from '../../../_components/case-demands';
import { CaseEvents } from '../../../_components/case-events';
import { Citations } from '../../../_components/citations';
import { DateText, StatusSince } from '../../../_components/date-text';
import { Localized } from '../../../_components/localized';
import { NotFoundAnswer, notFoundMetadata } from '../../../_components/not-found-answer';
import { StatusBadge } from '../../../_components/status-badge';

/** Rendered once, served from the cache; publishing revalidates it, and it is rendered again at most every minute (what is upcoming changes with time). */
export const dynamic = 'force-static';
export const revalidate = 60;

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, locale] = await Promise.all([params, pageLocale(params)]);
  const found = await getCaseBySlug(slug, locale);
  if (!found) return notFoundMetadata();
  const [t, s] = await Promise.all([getTranslations('cases'), getTranslations('status')]);
  return { title: found.name, description: t('statusDescription', { name: found.name, status: s(`status.${found.status}`) }) };
}

const factFields = ['role', 'organisation', 'charges', 'sentence', 'placeOfDetention', 'letterAddress'] as const;

function Fact({ label, value, citations, locale }: { label: string; value: LocalizedText | null; citations: CaseDetail['citations']; locale: string }) {
  if (!value) return null;
  return (
    <div className="py-2">
      <dt className="text-sm font-medium text-stone-600">{label}</dt>
      <dd>
        <Localized value={value} visitorLocale={locale} markOriginal />
        <Citations citations={citations} />
      </dd>
    </div>
  );
}

export default async function CasePage({ params }: Props) {
  const [{ slug }, locale] = await Promise.all([params, pageLocale(params)]);
  const found = await getCaseBySlug(slug, locale);
  if (!found) return <NotFoundAnswer />;
  const t = await getTranslations('cases');
  const s = await getTranslations('status');
  const follow = await getTranslations('subscriptions.follow');
  const citationsFor = (field: string) => found.citations.filter((c) => c.field === field);
  const otherCitations = found.citations.filter((c) => !(factFields as readonly string[]).includes(c.field));
  const organisation = found.organisation ? { text: found.organisation.name, lang: locale, translated: false } : null;

  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm text-stone-600">
          <Link href="/cases" className="underline">
            {t('title')}
          </Link>{' '}
          · <Localized value={found.campaign.title} visitorLocale={locale} />
        </p>
        <h1 className="mt-1 text-3xl font-bold">{found.name}</h1>
        {found.aliases.length > 0 ? (
          <p className="mt-1 text-sm text-stone-600">
            {t('alsoWritten')} {found.aliases.join(' · ')}
          </p>
        ) : null}
        <div className="mt-3 flex flex-wrap items-center gap-3" data-testid="current-status">
          <StatusBadge status={found.status} releaseKind={found.releaseKind} />
          {found.statusSince && found.statusSincePrecision ? (
            <span className="text-stone-700">
              <StatusSince date={found.statusSince} precision={found.statusSincePrecision} />
            </span>
          ) : null}
          {found.flags.map((flag) => (
            <span key={flag} className="rounded bg-red-800 px-2 py-0.5 text-sm text-white">
              {s(`flag.${flag}`)}
            </span>
          ))}
        </div>
        {found.summary ? <Localized as="p" className="mt-4" value={found.summary} visitorLocale={locale} markOriginal /> : null}
        <Link href={`/subscribe?case=${found.slug}`} className="mt-4 inline-block text-red-800 underline">
          {follow('case')}
        </Link>
      </header>

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="text-xl font-bold">
          {t('facts')}
        </h2>
        <dl className="mt-2 divide-y divide-stone-200">
          <Fact label={t('role')} value={found.role} citations={citationsFor('role')} locale={locale} />
          <Fact label={t('organisation')} value={organisation} citations={citationsFor('organisation')} locale={locale} />
          <Fact label={t('charges')} value={found.charges} citations={citationsFor('charges')} locale={locale} />
          <Fact label={t('sentence')} value={found.sentence} citations={citationsFor('sentence')} locale={locale} />
          <Fact label={t('placeOfDetention')} value={found.placeOfDetention} citations={citationsFor('placeOfDetention')} locale={locale} />
          <Fact label={t('letterAddress')} value={found.letterAddress} citations={citationsFor('letterAddress')} locale={locale} />
        </dl>
        <Citations citations={otherCitations} label={t('otherSources')} />
      </section>

      <CaseDemands caseId={found.id} locale={locale} />

      {found.group ? (
        <p>
          {t.rich('partOfGroup', {
            name: found.group.name,
            link: (chunks) => (
              <Link href={`/cases/${found.group!.slug}`} className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}

      {found.kind === 'GROUP' ? (
        <section aria-labelledby="members-heading">
          <h2 id="members-heading" className="text-xl font-bold">
            {t('members')}
          </h2>
          {found.counts.length > 0 ? (
            <ol className="mt-2 space-y-2" aria-label={t('countHistory')}>
              {found.counts.map((count) => (
                <li key={count.id} data-testid="group-count">
                  <span className="font-semibold">{t('count', { count: count.count, qualifier: count.qualifier })}</span>{' '}
                  {count.asOf && count.asOfPrecision ? (
                    <span className="text-stone-600">
                      (<DateText date={count.asOf} precision={count.asOfPrecision} />)
                    </span>
                  ) : null}
                  <Citations citations={count.citations} />
                </li>
              ))}
            </ol>
          ) : null}
          {found.members.length > 0 ? (
            <ul className="mt-3 list-disc pl-6">
              {found.members.map((member) => (
                <li key={member.slug}>
                  <Link href={`/cases/${member.slug}`} className="underline">
                    {member.name}
                  </Link>{' '}
                  <StatusBadge status={member.status} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-stone-700">{t('noMembers')}</p>
          )}
        </section>
      ) : null}

      <CaseEvents caseId={found.id} locale={locale} />

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-xl font-bold">
          {t('timeline')}
        </h2>
        <ol className="mt-4 space-y-6 border-l-2 border-stone-300 pl-5">
          {found.updates.map((update) => (
            <li key={update.id} data-testid="timeline-entry" data-state={update.state}>
              <p className="text-sm text-stone-600">
                <DateText date={update.occurredOn} precision={update.occurredOnPrecision} />
                {update.state === 'RETRACTED' ? ` · ${t('retracted')}` : null}
                {update.corrects ? ` · ${t('corrected')}` : null}
              </p>
              <Localized
                as="h3"
                className={`font-semibold ${update.state === 'RETRACTED' ? 'line-through' : ''}`}
                value={update.title}
                visitorLocale={locale}
              />
              {update.status ? (
                <div className="mt-1">
                  <StatusBadge status={update.status} releaseKind={update.releaseKind} />
                </div>
              ) : null}
              {update.state === 'RETRACTED' ? null : <LocalizedMarkdown className="mt-2" value={update.body} visitorLocale={locale} />}
              {update.correctionNote ? <p className="mt-2 text-sm text-amber-900">{t('correction', { note: update.correctionNote })}</p> : null}
              {update.corrects ? (
                <details className="mt-2 text-sm text-stone-700">
                  <summary className="cursor-pointer">{t('earlierVersion')}</summary>
                  <p className="font-medium">{update.corrects.title}</p>
                  <div className={markdownClasses}>
                    <Markdown source={update.corrects.body} />
                  </div>
                </details>
              ) : null}
              <Citations citations={update.citations} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
