import { notFound } from 'next/navigation';

/** Unknown addresses under a language get that language's 404 page. */
export default function UnknownPage() {
  notFound();
}
