import { notFound } from 'next/navigation';
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
