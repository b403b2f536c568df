import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { CaseDirectory } from '../../_components/case-directory';

// The unfiltered directory, served from the cache. Addresses with a query string are rewritten by proxy.ts to
// ./%5Ffiltered, rendered per request.
export const dynamic = 'force-static';
export const revalidate = 60;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'cases' });
  return { title: t('title') };
}

export default async function CasesPage({ params }: LocaleParams) {
  return <CaseDirectory locale={await pageLocale(params)} searchParams={{}} />;
}
