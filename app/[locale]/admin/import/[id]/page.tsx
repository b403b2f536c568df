import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { getCaseFormOptions } from '@/lib/cases/editor-queries';
import { getRecordedReview, getStatementReview } from '@/lib/import/queries';
import { Link } from '@/lib/i18n/navigation';
import { EditorPage } from '../../../../_components/workspace/editor-page';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { ProposalReview } from '../../../../_components/workspace/statement-import';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ resumed?: string }> };

/** The review of an imported statement; it can be left and opened again until it is recorded. */
export default async function StatementReviewPage({ params, searchParams }: Props) {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [{ id }, { resumed }] = await Promise.all([params, searchParams]);
  const [t, review, options] = await Promise.all([getTranslations('import'), getStatementReview(id), getCaseFormOptions()]);
  if (!review) {
    // Recorded, or never stored. (A recording re-renders this page at once: it says what was recorded.)
    const recorded = await getRecordedReview(id);
    return (
      <EditorPage back="/admin/import" backLabel={t('title')} title={t('review.title')}>
        {recorded ? (
          <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
            {t(recorded.published ? 'review.recordedPublic' : 'review.recordedWithheld', { demands: recorded.demands, updates: recorded.updates, names: recorded.names })}
          </p>
        ) : (
          <p>{t('review.notInReview')}</p>
        )}
        <Link href="/admin/import" className="inline-block rounded border border-stone-400 px-4 py-2">
          {t('review.another')}
        </Link>
      </EditorPage>
    );
  }
  return (
    <EditorPage back="/admin/import" backLabel={t('title')} title={review.document.title}>
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {t(resumed ? 'form.resumed' : 'form.stored', { title: review.document.title })}
      </p>
      <ProposalReview document={review.document} proposals={review.proposals} campaigns={options.campaigns} />
    </EditorPage>
  );
}
