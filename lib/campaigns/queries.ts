import 'server-only';
import { db } from '../db';
import { localize, translationsInto } from '../i18n/content';

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
  return campaigns.map(({ title, summary, language, translations, _count, slug }) => ({
    slug,
    caseCount: _count.cases,
    title: localize(title, language, translations, 'title', locale),
    summary: localize(summary, language, translations, 'summary', locale),
  }));
}
