import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { locales } from '@/lib/i18n/routing';

/** Reads nothing from the database: rendered once per language at build time (the benchmark's static ceiling). */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'about' });
  return { title: t('title') };
}

export default async function AboutPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations('about');
  const sections = [
    ['sourcesHeading', 'sources'],
    ['privacyHeading', 'privacy'],
    ['followHeading', 'follow'],
  ] as const;
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-700">{t('intro')}</p>
      {sections.map(([heading, text]) => (
        <section key={heading} className="mt-6">
          <h2 className="text-xl font-bold">{t(heading)}</h2>
          <p className="mt-2">{t(text)}</p>
        </section>
      ))}
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <Link href="/subscribe" className="text-red-800 underline">
            {t('subscribe')}
          </Link>
        </li>
        <li>
          <a href="/feed.xml" className="text-red-800 underline">
            {t('feed')}
          </a>
        </li>
        <li>
          <a href="/api/v1/openapi.json" className="text-red-800 underline">
            {t('api')}
          </a>
        </li>
      </ul>
    </div>
  );
}
