import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { LocaleSwitcher } from '../_components/locale-switcher';

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// No generateStaticParams here: pages that read the database are never rendered at build time, when the database
// may not be the one served. They are rendered on their first visit and cached (lib/cache/page-cache-handler.mjs).

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'common' });
  return {
    // Share cards and other absolute metadata links point at the public site, not at the address Next listens on.
    metadataBase: new URL(env.NEXTAUTH_URL),
    title: { default: t('siteTitle'), template: `%s · ${t('siteTitle')}` },
    description: t('siteDescription'),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  const [t, subscriptions] = await Promise.all([getTranslations('common'), getTranslations('subscriptions.follow')]);

  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        {/* Links need the locale on the client; no messages are sent, client components get theirs as props. */}
        <NextIntlClientProvider messages={null}>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:bg-white focus:p-2">
          {t('skipToContent')}
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav aria-label={t('nav.main')} className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="font-semibold text-red-800">
              {t('siteName')}
            </Link>
            <Link href="/cases" className="hover:underline">
              {t('nav.cases')}
            </Link>
            <Link href="/demands" className="hover:underline">
              {t('nav.demands')}
            </Link>
            <Link href="/events" className="hover:underline">
              {t('nav.events')}
            </Link>
            <Link href="/subscribe" className="hover:underline">
              {subscriptions('nav')}
            </Link>
            <span className="ml-auto">
              <LocaleSwitcher label={t('nav.language')} />
            </span>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-4xl px-4 pb-8 text-sm text-stone-600">
          {t('footer')}{' '}
          <Link href="/about" className="underline">
            {t('nav.about')}
          </Link>
        </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
