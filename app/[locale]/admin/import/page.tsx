import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { getCaseFormOptions } from '@/lib/cases/editor-queries';
import { Link } from '@/lib/i18n/navigation';
import { listCandidateNames, listStatementsInReview } from '@/lib/import/queries';
import { DateText } from '../../../_components/date-text';
import { getEditingChoices } from '../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { FollowedUpButton, StatementForm } from '../../../_components/workspace/statement-import';

export default async function ImportPage() {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, options, choices, inReview, candidates] = await Promise.all([
    getTranslations('import'),
    getCaseFormOptions(),
    getEditingChoices(),
    listStatementsInReview(),
    listCandidateNames(),
  ]);
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-stone-700">{t('intro')}</p>
        <StatementForm options={{ organisations: options.organisations, languages: choices.languages }} />
      </div>
      <section aria-labelledby="in-review-title" className="space-y-2">
        <h2 id="in-review-title" className="text-xl font-bold">
          {t('inReview.title')}
        </h2>
        {inReview.length === 0 ? (
          <p>{t('inReview.none')}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {inReview.map((document) => (
              <li key={document.id}>
                <Link href={`/admin/import/${document.id}`} className="underline">
                  {document.title}
                </Link>{' '}
                (<DateText date={document.issuedOn} precision={document.issuedOnPrecision} />)
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="follow-up-title" className="space-y-2">
        <h2 id="follow-up-title" className="text-xl font-bold">
          {t('followUp.title')}
        </h2>
        <p className="text-sm text-stone-600">{t('followUp.hint')}</p>
        {candidates.length === 0 ? (
          <p>{t('followUp.none')}</p>
        ) : (
          <ul className="space-y-3">
            {candidates.map((candidate) => (
              <li key={candidate.id} className="rounded border border-stone-200 bg-white p-3" data-testid="name-to-follow-up">
                <p className="font-semibold">{candidate.name}</p>
                <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 text-sm text-stone-700">{candidate.quote.text}</blockquote>
                <p className="mt-1 text-sm">
                  {t('followUp.from')}{' '}
                  <Link href={`/admin/sources/${candidate.document.id}`} className="underline">
                    {candidate.document.title}
                  </Link>
                </p>
                <div className="mt-2 flex flex-wrap items-start gap-3">
                  <Link href="/admin/cases/new" className="rounded border border-stone-400 px-3 py-1">
                    {t('followUp.newCase')}
                  </Link>
                  <FollowedUpButton candidateId={candidate.id} name={candidate.name} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
