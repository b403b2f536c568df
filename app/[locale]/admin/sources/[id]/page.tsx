import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { Link } from '@/lib/i18n/navigation';
import { getIssuerChoices, getSourceForEditing } from '@/lib/sources/editor-queries';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { SourceForm } from '../../../../_components/workspace/source-form';
import { SourceVisibilityButton } from '../../../../_components/workspace/source-visibility-button';

type Props = { params: Promise<{ id: string }> };

export default async function EditSourcePage({ params }: Props) {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const { id } = await params;
  const found = await getSourceForEditing(id);
  if (!found) notFound();
  const [t, organisations] = await Promise.all([getTranslations('records'), getIssuerChoices()]);
  const canEdit = hasRole(user, 'ORGANIZER');
  return (
    <div className="max-w-3xl space-y-4">
      <p className="flex flex-wrap gap-x-4 text-sm">
        <Link href="/admin/sources" className="underline">
          {t('sources.title')}
        </Link>
        {found.state === 'PUBLIC' ? (
          <Link href={`/sources/${found.slug}`} className="underline">
            {t('sources.publicPage')}
          </Link>
        ) : null}
      </p>
      {found.state === 'IN_REVIEW' ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t('sources.inReview')}{' '}
          <Link href={`/admin/import/${found.id}`} className="underline">
            {t('sources.openReview')}
          </Link>
        </p>
      ) : null}
      {found.state === 'WITHHELD' ? (
        <div role="note" className="space-y-2 rounded border border-stone-300 bg-stone-50 p-3">
          <p>{t('sources.withheld')}</p>
          {canEdit ? <SourceVisibilityButton sourceId={found.id} state="WITHHELD" /> : null}
        </div>
      ) : null}
      <h1 className="text-2xl font-bold">{t('sources.editTitle')}</h1>
      {canEdit ? null : (
        <p role="note" className="rounded border border-stone-300 bg-stone-50 p-3">
          {t('readOnly')}
        </p>
      )}
      <SourceForm
        sourceId={found.id}
        version={found.version}
        defaultValues={found.values}
        language={found.language}
        organisations={organisations}
        bodyLocked={found.bodyLocked}
        readOnly={!canEdit}
      />
      {found.state === 'PUBLIC' && canEdit ? (
        <section aria-labelledby="withhold-source" className="space-y-2 border-t border-stone-300 pt-4">
          <h2 id="withhold-source" className="text-lg font-semibold">
            {t('sources.withholdTitle')}
          </h2>
          <p>{t('sources.withholdNote')}</p>
          <SourceVisibilityButton sourceId={found.id} state="PUBLIC" />
        </section>
      ) : null}
    </div>
  );
}
