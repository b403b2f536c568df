import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { NotFoundAnswer, notFoundMetadata } from '../../_components/not-found-answer';

/** Rendered once per address like the other public pages: the 404 status is set only when a page is prerendered. */
export const dynamic = 'force-static';

export async function generateMetadata({ params }: LocaleParams) {
  await pageLocale(params);
  return notFoundMetadata();
}

/** Unknown addresses under a language get that language's 404 page. */
export default async function UnknownPage({ params }: LocaleParams) {
  await pageLocale(params);
  return <NotFoundAnswer />;
}
