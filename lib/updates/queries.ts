import 'server-only';
import { db } from '../db';
import { publicName } from '../cases/identity';
import { loadPublicRedactor } from '../cases/redaction';
import { localize, redactText, translationsInto } from '../i18n/content';

/** The most recently published timeline entries across all cases. */
export async function latestUpdates(locale: string, limit = 10) {
  const updates = await db.update.findMany({
    where: { state: 'PUBLISHED' },
    orderBy: [{ publishedAt: 'desc' }, { occurredOn: 'desc' }],
    take: limit,
    select: {
      id: true,
      title: true,
      language: true,
      occurredOn: true,
      occurredOnPrecision: true,
      status: true,
      releaseKind: true,
      translations: translationsInto(locale),
      case: { select: { slug: true, name: true, identityProtected: true } },
    },
  });
  const redact = await loadPublicRedactor();
  return updates.map(({ case: subject, title, language, translations, ...update }) => ({
    ...update,
    title: redactText(localize(title, language, translations, 'title', locale), redact),
    case: { slug: subject.slug, name: publicName(subject) },
  }));
}
