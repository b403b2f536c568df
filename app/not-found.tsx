import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>This address does not match any case, source or page of the campaign tracker.</p>
      <p>
        <Link href="/cases" className="text-red-800 underline">
          Browse all cases
        </Link>{' '}
        or go back to the{' '}
        <Link href="/" className="text-red-800 underline">
          home page
        </Link>
        .
      </p>
    </div>
  );
}
