import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Kazakhstan solidarity tracker', template: '%s · Kazakhstan solidarity tracker' },
  description: 'Where each case of repression in Kazakhstan stands, with every fact sourced to the campaign statements.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="font-semibold text-red-800">
              Kazakhstan solidarity
            </Link>
            <Link href="/cases" className="hover:underline">
              Cases
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-4xl px-4 pb-8 text-sm text-stone-600">
          Every fact on this site cites the campaign statement it comes from.
        </footer>
      </body>
    </html>
  );
}
