import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCaseBySlug, type CaseDetail } from '@/lib/cases/queries';
import { describeStatus, flagLabels } from '@/lib/cases/status';
import { Citations } from '../../_components/citations';
import { DateText, StatusSince } from '../../_components/date-text';
import { StatusBadge } from '../../_components/status-badge';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getCaseBySlug((await params).slug);
  return found ? { title: found.name, description: `${found.name}: ${describeStatus(found.status, found.releaseKind)}` } : {};
}

const countPrefix = { EXACT: '', MORE_THAN: 'more than ', UP_TO: 'up to ', ABOUT: 'about ' } as const;

function Fact({ label, value, citations }: { label: string; value: string | null; citations: CaseDetail['citations'] }) {
  if (!value) return null;
  return (
    <div className="py-2">
      <dt className="text-sm font-medium text-stone-600">{label}</dt>
      <dd lang="fr">{value}</dd>
      <Citations citations={citations} />
    </div>
  );
}

export default async function CasePage({ params }: Props) {
  const found = await getCaseBySlug((await params).slug);
  if (!found) notFound();
  const citationsFor = (...fields: string[]) => found.citations.filter((c) => fields.includes(c.field));
  const otherCitations = found.citations.filter(
    (c) => !['role', 'organisation', 'charges', 'sentence', 'placeOfDetention'].includes(c.field),
  );

  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm text-stone-600">
          <Link href="/cases" className="underline">
            Cases
          </Link>{' '}
          ·{' '}
          <span lang="fr">{found.campaign.title}</span>
        </p>
        <h1 className="mt-1 text-3xl font-bold">{found.name}</h1>
        {found.aliases.length > 0 ? (
          <p className="mt-1 text-sm text-stone-600">Also written: {found.aliases.join(' · ')}</p>
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
              {flagLabels[flag]}
            </span>
          ))}
        </div>
        {found.summary ? (
          <p className="mt-4" lang="fr">
            {found.summary}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="text-xl font-bold">
          Facts
        </h2>
        <dl className="mt-2 divide-y divide-stone-200">
          <Fact label="Role" value={found.role} citations={citationsFor('role')} />
          <Fact label="Organisation" value={found.organisation?.name ?? null} citations={citationsFor('organisation')} />
          <Fact label="Charges" value={found.charges} citations={citationsFor('charges')} />
          <Fact label="Sentence" value={found.sentence} citations={citationsFor('sentence')} />
          <Fact label="Place of detention" value={found.placeOfDetention} citations={citationsFor('placeOfDetention')} />
          <Fact label="How to write" value={found.letterAddress} citations={[]} />
        </dl>
        <Citations citations={otherCitations} label="Other sources about this case" />
      </section>

      {found.group ? (
        <p>
          Part of the group{' '}
          <Link href={`/cases/${found.group.slug}`} className="underline">
            {found.group.name}
          </Link>
          .
        </p>
      ) : null}

      {found.kind === 'GROUP' ? (
        <section aria-labelledby="members-heading">
          <h2 id="members-heading" className="text-xl font-bold">
            Members
          </h2>
          {found.counts.length > 0 ? (
            <ol className="mt-2 space-y-2" aria-label="How many, over time">
              {found.counts.map((count) => (
                <li key={count.id} data-testid="group-count">
                  <span className="font-semibold">
                    {countPrefix[count.qualifier]}
                    {count.count}
                  </span>{' '}
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
            <p className="mt-3 text-stone-700">No member of this group is named in the sources yet.</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-xl font-bold">
          Timeline
        </h2>
        <ol className="mt-4 space-y-6 border-l-2 border-stone-300 pl-5">
          {found.updates.map((update) => (
            <li key={update.id} data-testid="timeline-entry" data-state={update.state}>
              <p className="text-sm text-stone-600">
                <DateText date={update.occurredOn} precision={update.occurredOnPrecision} />
                {update.state === 'RETRACTED' ? ' · retracted' : null}
                {update.corrects ? ' · corrected' : null}
              </p>
              <h3 className={`font-semibold ${update.state === 'RETRACTED' ? 'line-through' : ''}`} lang={update.language}>
                {update.title}
              </h3>
              {update.status ? (
                <div className="mt-1">
                  <StatusBadge status={update.status} releaseKind={update.releaseKind} />
                </div>
              ) : null}
              <p className="mt-2 whitespace-pre-line" lang={update.language}>
                {update.body}
              </p>
              {update.correctionNote ? <p className="mt-2 text-sm text-amber-900">Correction: {update.correctionNote}</p> : null}
              {update.corrects ? (
                <details className="mt-2 text-sm text-stone-700">
                  <summary className="cursor-pointer">Earlier version</summary>
                  <p className="font-medium">{update.corrects.title}</p>
                  <p className="whitespace-pre-line">{update.corrects.body}</p>
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
