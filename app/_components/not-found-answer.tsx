import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { NotFoundContent } from './not-found-content';

function NotFoundStatus(): never {
  notFound();
}

/**
 * What a page answers for an address that names nothing: the 404 page rendered in place, and the 404 status.
 * notFound() thrown by the page itself would do the status alone: its page is then drawn by the browser only,
 * so a visitor without JavaScript sees an empty page. Thrown inside a Suspense boundary, it leaves the server's
 * HTML whole and still sets the status.
 */
export function NotFoundAnswer() {
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  );
}

/** The 404 page's title, for the metadata of a page that answers <NotFoundAnswer /> (its language already set). */
export async function notFoundMetadata(): Promise<Metadata> {
  const t = await getTranslations('common.notFound');
  return { title: t('title') };
}
