import type { Metadata } from 'next';
import Link from 'next/link';
import { listCases } from '@/lib/cases/queries';
import { StatusSince } from '../_components/date-text';
import { StatusBadge } from '../_components/status-badge';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Cases' };

const countPrefix = { EXACT: '', MORE_THAN: 'more than ', UP_TO: 'up to ', ABOUT: 'about ' } as const;

export default async function CasesPage() {
  const cases = await listCases();
  return (
    <div>
      <h1 className="text-2xl font-bold">Cases</h1>
      <p className="mt-1 text-stone-700">{cases.length} people and groups followed by the campaign.</p>
      <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {cases.map((entry) => (
          <li key={entry.slug} className="flex flex-wrap items-start justify-between gap-2 p-4" data-case={entry.slug}>
            <div>
              <Link href={`/cases/${entry.slug}`} className="text-lg font-semibold underline-offset-2 hover:underline">
                {entry.name}
              </Link>
              <p className="text-sm text-stone-600" lang="fr">
                {entry.kind === 'GROUP' && entry.latestCount
                  ? `Group · ${countPrefix[entry.latestCount.qualifier]}${entry.latestCount.count} people · `
                  : null}
                {entry.campaign.title}
              </p>
            </div>
            <div className="text-right text-sm">
              <StatusBadge status={entry.status} releaseKind={entry.releaseKind} />
              {entry.statusSince && entry.statusSincePrecision ? (
                <p className="mt-1 text-stone-600">
                  <StatusSince date={entry.statusSince} precision={entry.statusSincePrecision} />
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
