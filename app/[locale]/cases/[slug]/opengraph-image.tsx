import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { getCaseCard } from '@/lib/cases/card';
import { statusTones } from '@/lib/cases/status';
import { formatStatus } from '@/lib/cases/status-label';
import { supportedLocale } from '@/lib/i18n/routing';
import { shareCardFonts } from '@/lib/og/fonts';

const size = { width: 1200, height: 630 };

const toneColours = { danger: '#991b1b', warning: '#92400e', neutral: '#44403c', good: '#166534' } as const;

type Params = { slug: string; locale: string };

/** One share card per case, described in the page's language by what it shows (initials when protected). */
export async function generateImageMetadata({ params }: { params: Partial<Params> | Promise<Partial<Params>> }) {
  const { slug, locale: requested } = await params;
  // At build time Next asks with no case in the address: the cards exist only per case, on request.
  if (!slug) return [];
  const locale = supportedLocale(requested);
  const card = await getCaseCard(slug, locale);
  if (!card) return [];
  const [cases, status] = await Promise.all([getTranslations({ locale, namespace: 'cases' }), getTranslations({ locale, namespace: 'status' })]);
  const alt = cases('shareCardAlt', { name: card.name, status: formatStatus(status, card.status, card.releaseKind), campaign: card.campaignTitle });
  return [{ id: 'card', alt, size, contentType: 'image/png' }];
}

/** The share card of a case: its public name (initials when protected) and where the case stands. */
export default async function CaseShareCard({ params }: { params: Promise<Params> }) {
  const { slug, locale: requested } = await params;
  const locale = supportedLocale(requested);
  const card = await getCaseCard(slug, locale);
  if (!card) notFound();
  const [common, status, dates] = await Promise.all([
    getTranslations({ locale, namespace: 'common' }),
    getTranslations({ locale, namespace: 'status' }),
    getTranslations({ locale, namespace: 'dates' }),
  ]);
  const since = card.statusSince && card.statusSincePrecision ? dates(`since.${card.statusSincePrecision}`, { date: card.statusSince }) : '';

  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 64, background: '#fafaf9', fontFamily: "'Noto Sans latin', 'Noto Sans latin-ext', 'Noto Sans cyrillic', 'Noto Sans cyrillic-ext'" }}>
        <div style={{ display: 'flex', fontSize: 32, color: '#991b1b', fontWeight: 700 }}>{common('siteName')}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 76, fontWeight: 700, color: '#1c1917', lineHeight: 1.1 }}>{card.name}</div>
          <div style={{ display: 'flex', alignItems: 'center', marginTop: 32, fontSize: 40 }}>
            <div style={{ display: 'flex', flexShrink: 0, whiteSpace: 'nowrap', color: 'white', background: toneColours[statusTones[card.status]], borderRadius: 999, padding: '8px 28px' }}>
              {formatStatus(status, card.status, card.releaseKind)}
            </div>
            <div style={{ display: 'flex', marginLeft: 24, color: '#44403c' }}>{since}</div>
          </div>
        </div>
        <div style={{ display: 'flex', fontSize: 28, color: '#57534e' }}>{card.campaignTitle}</div>
      </div>
    ),
    { ...size, fonts: await shareCardFonts() },
  );
}
