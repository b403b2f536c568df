import Link from 'next/link';

type Citation = {
  id: string;
  field: string;
  note: string | null;
  quote: { id: string; text: string; document: { slug: string; title: string } };
};

/** The quotes that support a set of facts, each linked to its source document. */
export function Citations({ citations, label = 'Sources' }: { citations: Citation[]; label?: string }) {
  if (citations.length === 0) return null;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-stone-600">
        {label} ({citations.length})
      </summary>
      <ul className="mt-2 space-y-2">
        {citations.map((citation) => (
          <li key={citation.id} className="border-l-2 border-stone-300 pl-3">
            <blockquote lang="fr" className="italic">
              « {citation.quote.text} »
            </blockquote>
            <p className="text-stone-600">
              <Link href={`/sources/${citation.quote.document.slug}#${citation.quote.id}`} className="underline">
                {citation.quote.document.title}
              </Link>
              {citation.note ? <> · {citation.note}</> : null}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
