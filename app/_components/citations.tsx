import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

type Citation = {
  id: string;
  field: string;
  note: string | null;
  quote: { id: string; text: string; document: { slug: string; title: string } };
};

/** The quotes that support a set of facts, each linked to its place in the source document. */
export function Citations({ citations, label }: { citations: Citation[]; label?: string }) {
  const t = useTranslations('cases');
  if (citations.length === 0) return null;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-stone-600">{label ?? t('sources', { count: citations.length })}</summary>
      <ul className="mt-2 space-y-2">
        {citations.map((citation) => (
          <li key={citation.id} className="border-l-2 border-stone-300 pl-3">
            <blockquote lang="fr" className="italic">
              « {citation.quote.text} »
            </blockquote>
            <p className="text-stone-600">
              <Link href={`/sources/${citation.quote.document.slug}#${citation.quote.id}`} className="underline" lang="fr">
                {citation.quote.document.title}
              </Link>
              {citation.note ? (
                <>
                  {' '}
                  · <span lang="fr">{citation.note}</span>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
