import 'server-only';
import { loadPublicRedactor } from '../cases/redaction';
import { db } from '../db';
import { localize, redactText, translationsInto } from '../i18n/content';

export async function listCampaigns(locale: string) {
  const campaigns = await db.campaign.findMany({
    orderBy: { position: 'asc' },
    select: {
      slug: true,
      title: true,
      summary: true,
      language: true,
      translations: translationsInto(locale),
      _count: { select: { cases: true } },
    },
  });
  const redact = await loadPublicRedactor();
  return campaigns.map(({ title, summary, language, translations, _count, slug }) => ({
    slug,
    caseCount: _count.cases,
    title: redactText(localize(title, language, translations, 'title', locale), redact),
    summary: redactText(localize(summary, language, translations, 'summary', locale), redact),
  }));
}
