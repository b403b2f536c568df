import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { getCaseForEditing, getCaseFormOptions, listCaseUpdatesForEditing, listGroupCountsForEditing, listGroupMembersForEditing } from '@/lib/cases/editor-queries';
import { Link } from '@/lib/i18n/navigation';
import { getSourceOptions } from '@/lib/updates/editor-queries';
import { DateText, StatusSince } from '../../../../_components/date-text';
import { StatusBadge } from '../../../../_components/status-badge';
import { CaseCountForm } from '../../../../_components/workspace/case-count-form';
import { CaseForm } from '../../../../_components/workspace/case-form';
import { getEditingChoices } from '../../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { UpdateList } from '../../../../_components/workspace/update-list';

type Props = { params: Promise<{ id: string }> };

export default async function EditCasePage({ params }: Props) {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const { id } = await params;
  const found = await getCaseForEditing(id);
  if (!found) notFound();
  const isGroup = found.values.kind === 'GROUP';
  const canEdit = hasRole(user, 'ORGANIZER');
  const [t, publicTexts, options, choices, updates, members, counts, documents] = await Promise.all([
    getTranslations('editing'),
    getTranslations('cases'),
    getCaseFormOptions(id),
    getEditingChoices(),
    listCaseUpdatesForEditing(id),
    isGroup ? listGroupMembersForEditing(id) : null,
    isGroup ? listGroupCountsForEditing(id) : null,
    isGroup && canEdit ? getSourceOptions() : null,
  ]);
  const { status } = found;

  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/admin/cases" className="underline">
            {t('cases.title')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{found.values.name}</h1>
        <div className="flex flex-wrap items-center gap-3" data-testid="case-status">
          <StatusBadge status={status.status} releaseKind={status.releaseKind} />
          {status.since && status.precision ? <StatusSince date={status.since} precision={status.precision} /> : null}
        </div>
        <p className="text-sm text-stone-600">{t('caseForm.statusFromUpdates')}</p>
        <p className="text-sm">
          <Link href={`/cases/${found.values.slug}`} className="underline">
            {t('cases.publicPage')}
          </Link>
        </p>
      </header>

      <section aria-labelledby="updates-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="updates-heading" className="text-xl font-bold">
            {t('updates.title')}
          </h2>
          {canEdit ? (
            <Link href={`/admin/cases/${id}/updates/new`} className="rounded bg-red-800 px-4 py-2 font-medium text-white">
              {t('updates.new')}
            </Link>
          ) : null}
        </div>
        {updates.length === 0 ? <p>{t('updates.none')}</p> : null}
        <UpdateList updates={updates} />
      </section>

      {members ? (
        <section aria-labelledby="members-heading" className="space-y-3">
          <h2 id="members-heading" className="text-xl font-bold">
            {t('caseForm.members')}
          </h2>
          {members.length === 0 ? <p>{t('caseForm.membersNone')}</p> : null}
          <ul className="divide-y divide-stone-200" data-testid="group-members">
            {members.map((member) => (
              <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/admin/cases/${member.id}`} className="underline">
                  {member.name}
                </Link>
                <StatusBadge status={member.status} releaseKind={member.releaseKind} />
              </li>
            ))}
          </ul>
          <p className="text-sm text-stone-600">{t('caseForm.membersHint')}</p>
        </section>
      ) : null}

      {counts ? (
        <section aria-labelledby="counts-heading" className="space-y-3">
          <h2 id="counts-heading" className="text-xl font-bold">
            {t('counts.title')}
          </h2>
          <p className="text-sm text-stone-600">{t('counts.hint')}</p>
          {counts.length === 0 ? <p>{t('counts.none')}</p> : null}
          <ol className="divide-y divide-stone-200" data-testid="group-counts">
            {counts.map((count) => (
              <li key={count.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
                <span className="font-semibold">{publicTexts('count', { count: count.count, qualifier: count.qualifier })}</span>
                {count.asOf && count.asOfPrecision ? <DateText date={count.asOf} precision={count.asOfPrecision} /> : null}
                <span className="text-sm text-stone-600">{t('counts.sources', { count: count._count.citations })}</span>
              </li>
            ))}
          </ol>
          {documents ? <CaseCountForm caseId={id} documents={documents} /> : null}
        </section>
      ) : null}

      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="text-xl font-bold">
          {t('caseForm.details')}
        </h2>
        {canEdit ? null : (
          <p role="note" className="rounded border border-stone-300 bg-stone-50 p-3">
            {t('readOnly')}
          </p>
        )}
        <CaseForm mode="edit" caseId={id} version={found.version} defaultValues={found.values} options={options} choices={choices} readOnly={!canEdit} />
      </section>
    </div>
  );
}
