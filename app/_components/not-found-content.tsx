import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { CaseSearchForm } from './case-search';

/** The translated 404 page: what was not found, a search of the cases, and the ways back. */
export function NotFoundContent() {
  const t = useTranslations('common.notFound');
  const s = useTranslations('search');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('body')}</p>
      <section aria-labelledby="not-found-search" className="rounded-lg border border-stone-200 bg-white p-4">
        <p id="not-found-search" className="mb-2">
          {s('notFoundPrompt')}
        </p>
        <CaseSearchForm />
      </section>
      <p>
        <Link href="/cases" className="text-red-800 underline">
          {t('browseCases')}
        </Link>{' '}
        {t('or')}{' '}
        <Link href="/" className="text-red-800 underline">
          {t('home')}
        </Link>
        .
      </p>
    </div>
  );
}
