import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getAlertDeliveryCounts } from '@/lib/alerts/queries';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { Link } from '@/lib/i18n/navigation';
import { getSourceOptions, getUpdateForEditing } from '@/lib/updates/editor-queries';
import { schedulingTimeZones } from '@/lib/updates/schedule-time';
import { AlertDeliveries } from '../../../../_components/workspace/alert-deliveries';
import { DiscardUpdateButton } from '../../../../_components/workspace/discard-update-button';
import { TestAlertButton } from '../../../../_components/workspace/test-alert-button';
import { getEditingChoices } from '../../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { InstantText } from '../../../../_components/workspace/instant-text';
import { RetractForm } from '../../../../_components/workspace/retract-form';
import { UpdateForm } from '../../../../_components/workspace/update-form';

type Props = { params: Promise<{ id: string }> };

export default async function UpdatePage({ params }: Props) {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const { id } = await params;
  const update = await getUpdateForEditing(id);
  if (!update) notFound();
  const wentOut = update.state === 'PUBLISHED' || update.state === 'CORRECTED' || update.state === 'RETRACTED';
  const [t, choices, documents, alerts] = await Promise.all([
    getTranslations('editing'),
    getEditingChoices(),
    getSourceOptions(),
    wentOut ? getAlertDeliveryCounts({ updateId: update.id }) : null,
  ]);
  const canEdit = hasRole(user, 'ORGANIZER');
  const common = { defaultValues: update.values, choices, documents, timeZones: schedulingTimeZones() };

  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/admin/cases/${update.case.id}`} className="underline">
            {update.case.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{update.values.title}</h1>
        <p data-testid="update-state">
          <span className="font-semibold">{t(`states.${update.state}`)}</span>
          {update.state === 'SCHEDULED' && update.scheduledFor ? (
            <>
              {' '}
              · {t('updates.scheduledFor')} <InstantText date={update.scheduledFor} />
            </>
          ) : null}
          {update.publishedAt && update.state !== 'DRAFT' && update.state !== 'SCHEDULED' ? (
            <>
              {' '}
              · {t('updates.publishedAt')} <InstantText date={update.publishedAt} />
            </>
          ) : null}
          {update.author ? ` · ${update.author.email}` : null}
        </p>
        {update.corrects ? (
          <p className="text-sm">
            {t('updates.corrects')}{' '}
            <Link href={`/admin/updates/${update.corrects.id}`} className="underline">
              {update.corrects.title}
            </Link>
            {update.correctionNote ? ` — ${update.correctionNote}` : null}
          </p>
        ) : null}
        {update.state === 'CORRECTED' && update.correction ? (
          <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3">
            {t('updates.correctedBy')}{' '}
            <Link href={`/admin/updates/${update.correction.id}`} className="underline">
              {update.correction.title}
            </Link>
          </p>
        ) : null}
        {update.state === 'RETRACTED' ? (
          <p role="note" className="rounded border border-red-300 bg-red-50 p-3">
            {t('updates.retractedBecause', { reason: update.correctionNote ?? '' })}
          </p>
        ) : null}
      </header>

      {alerts ? <AlertDeliveries alerts={alerts} /> : null}
      {canEdit && update.state !== 'RETRACTED' ? <TestAlertButton updateId={update.id} /> : null}

      {canEdit ? null : (
        <p role="note" className="rounded border border-stone-300 bg-stone-50 p-3">
          {t('readOnly')}
        </p>
      )}

      {update.state === 'DRAFT' || update.state === 'SCHEDULED' ? (
        <>
          <UpdateForm
            key={update.state}
            target={{ mode: 'edit', updateId: update.id, version: update.version, scheduledFor: update.scheduledFor?.toISOString() ?? null }}
            readOnly={!canEdit}
            {...common}
          />
          {canEdit ? <DiscardUpdateButton id={update.id} version={update.version} /> : null}
        </>
      ) : null}
      {update.state === 'PUBLISHED' ? (
        <>
          {canEdit ? <p className="text-stone-700">{t('updates.correctIntro')}</p> : null}
          <UpdateForm key={update.state} target={{ mode: 'correct', updateId: update.id, version: update.version }} readOnly={!canEdit} {...common} />
          {canEdit ? <RetractForm updateId={update.id} version={update.version} /> : null}
        </>
      ) : null}
      {update.state === 'CORRECTED' || update.state === 'RETRACTED' ? (
        <UpdateForm key={update.state} target={{ mode: 'correct', updateId: update.id, version: update.version }} readOnly {...common} />
      ) : null}
    </div>
  );
}
