import 'server-only';
import { db } from '../db';
import { localize, translationsInto } from '../i18n/content';
import { slugPattern } from './case.schema';
import { publicName } from './identity';

/** What the share card of a case shows: public name, status and campaign, nothing else. */
export async function getCaseCard(slug: string, locale: string) {
  // An address that is no slug names no case (and may hold what PostgreSQL cannot compare, a NUL).
  if (!slugPattern.test(slug)) return null;
  const found = await db.case.findUnique({
    where: { slug },
    select: {
      name: true,
      identityProtected: true,
      kind: true,
      status: true,
      releaseKind: true,
      statusSince: true,
      statusSincePrecision: true,
      campaign: { select: { title: true, language: true, translations: translationsInto(locale) } },
    },
  });
  if (!found) return null;
  const { name, identityProtected, campaign, ...rest } = found;
  return {
    ...rest,
    name: publicName({ name, identityProtected }),
    campaignTitle: localize(campaign.title, campaign.language, campaign.translations, 'title', locale).text,
  };
}
