import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { highlightQuotes } from '@/lib/sources/highlight';
import { getSourceBySlug } from '@/lib/sources/queries';
import { DateText } from '../../../_components/date-text';
import { NotFoundAnswer, notFoundMetadata } from '../../../_components/not-found-answer';

/** Rendered once, served from the cache; publishing revalidates it, and it is rendered again at most every minute (what is upcoming changes with time). */
export const dynamic = 'force-static';
export const revalidate = 60;

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const source = await getSourceBySlug((await params).slug);
  return source ? { title: source.title } : notFoundMetadata();
}

export default async function SourcePage({ params }: Props) {
  await pageLocale(params);
  const source = await getSourceBySlug((await params).slug);
  if (!source) return <NotFoundAnswer />;
  const t = await getTranslations('sources');
  const segments = highlightQuotes(source.body, source.quotes);
  const quoteNumbers = new Map(source.quotes.map((quote, index) => [quote.id, index + 1]));

  return (
    <article className="space-y-6">
      <header>
        <p className="text-sm text-stone-600">{t('sourceDocument')}</p>
        <h1 className="text-2xl font-bold" lang={source.language}>
          {source.title}
        </h1>
        <p className="mt-1 text-stone-700">
          {source.issuers.join(', ')} · <DateText date={source.issuedOn} precision={source.issuedOnPrecision} />
        </p>
        {source.summary ? <p className="mt-3 text-stone-700">{source.summary}</p> : null}
      </header>

      <section aria-labelledby="text-heading">
        <h2 id="text-heading" className="text-xl font-bold">
          {t('fullText')}
        </h2>
        <div lang={source.language} className="mt-3 whitespace-pre-line rounded-lg border border-stone-200 bg-white p-4 leading-relaxed">
          {segments.map((segment, index) => (
            <span key={index}>
              {segment.startsQuotes.map((quoteId) => (
                <a key={quoteId} id={quoteId} href={`#facts-${quoteId}`} className="align-super text-xs text-red-800">
                  [{quoteNumbers.get(quoteId)}]
                </a>
              ))}
              {segment.quoteIds.length > 0 ? (
                <mark data-quotes={segment.quoteIds.join(' ')} className={segment.quoteIds.length > 1 ? 'bg-yellow-200' : 'bg-yellow-100'}>
                  {segment.text}
                </mark>
              ) : (
                segment.text
              )}
            </span>
          ))}
        </div>
      </section>

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="text-xl font-bold">
          {t('takenFrom')}
        </h2>
        <ol className="mt-3 space-y-3">
          {source.quotes.map((quote, index) => (
            <li key={quote.id} id={`facts-${quote.id}`} className="rounded border border-stone-200 bg-white p-3">
              <a href={`#${quote.id}`} className="text-sm text-red-800 underline">
                {t('passage', { number: index + 1 })}
              </a>
              <blockquote lang={source.language} className="italic">
                « {quote.text} »
              </blockquote>
              <ul className="mt-1 list-disc pl-6 text-sm">
                {quote.supports.map((fact, factIndex) => (
                  <li key={factIndex}>
                    <Link href={fact.href} className="underline">
                      {fact.label}
                    </Link>{' '}
                    <span className="text-stone-600">({fact.field})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
