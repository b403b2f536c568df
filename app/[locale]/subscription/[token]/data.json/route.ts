import { getTranslations } from 'next-intl/server';
import { audit } from '@/lib/audit/log';
import { supportedLocale } from '@/lib/i18n/routing';
import { linkTokenParams } from '@/lib/subscriptions/link-token.schema';
import { subscriberDataExport } from '@/lib/subscriptions/queries';
import { subscriberIdForToken } from '@/lib/subscriptions/tokens';

export const dynamic = 'force-dynamic';

/**
 * "Download my data": everything stored about the subscriber whose preferences link this is, as JSON. Each
 * download is audited, like a deletion: who (the subscriber's id, never the address) and when.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; locale: string }> }) {
  const { locale, ...token } = await params;
  const parsed = linkTokenParams.safeParse(token);
  const subscriberId = parsed.success ? await subscriberIdForToken(parsed.data.token, 'MANAGE') : null;
  const data = subscriberId ? await subscriberDataExport(subscriberId) : null;
  if (!data) {
    const t = await getTranslations({ locale: supportedLocale(locale), namespace: 'subscriptions.errors' });
    return Response.json({ error: t('linkInvalid') }, { status: 404 });
  }
  await audit({ actorId: null, action: 'subscriber.export', entityType: 'Subscriber', entityId: subscriberId });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="my-subscription.json"',
      'Cache-Control': 'private, no-store',
    },
  });
}
