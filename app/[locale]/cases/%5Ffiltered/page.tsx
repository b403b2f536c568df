import type { SearchParams } from '@/lib/search/directory-params';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { CaseDirectory } from '../../../_components/case-directory';

export { generateMetadata } from '../page';

/** /cases with filters or a search (proxy.ts rewrites those addresses here): rendered for each request. */
export const dynamic = 'force-dynamic';

export default async function FilteredCasesPage({ params, searchParams }: LocaleParams & { searchParams: Promise<SearchParams> }) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  return <CaseDirectory locale={locale} searchParams={query} />;
}
