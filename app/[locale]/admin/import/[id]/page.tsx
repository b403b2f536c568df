import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { getCaseFormOptions } from '@/lib/cases/editor-queries';
import { getStatementReview } from '@/lib/import/queries';
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
    return (
      <EditorPage back="/admin/import" backLabel={t('title')} title={t('review.title')}>
        <p>{t('review.notInReview')}</p>
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
