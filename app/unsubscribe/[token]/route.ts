import { routing } from '@/lib/i18n/routing';
import { pageUrl } from '@/lib/subscriptions/links';
import { linkTokenParams } from '@/lib/subscriptions/link-token.schema';
import { subscriberEmail } from '@/lib/subscriptions/queries';
import { subscriberIdForToken } from '@/lib/subscriptions/tokens';
import { unsubscribe } from '@/lib/subscriptions/write';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ token: string }> };

/** The link token of the address, when it has a token's shape, and the subscriber it opens (null: none). */
async function subscriberFor(params: Context['params']) {
  const parsed = linkTokenParams.safeParse(await params);
  if (!parsed.success) return { token: null, subscriberId: null };
  return { token: parsed.data.token, subscriberId: await subscriberIdForToken(parsed.data.token, 'MANAGE') };
}

/**
 * RFC 8058 one-click unsubscribe, sent by mail clients from the List-Unsubscribe header: no session and no CSRF
 * token, the link token is the authority. The answer is 200 whether or not the token opened anything.
 */
export async function POST(request: Request, { params }: Context) {
  const body = await request.formData().catch(() => null);
  if (body?.get('List-Unsubscribe') !== 'One-Click') return Response.json({ error: 'Expected the body List-Unsubscribe=One-Click' }, { status: 400 });
  const { subscriberId } = await subscriberFor(params);
  if (subscriberId) await unsubscribe(subscriberId);
  return new Response('Unsubscribed.', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * A browser following the link lands on a page with a button in the subscriber's language: a GET changes nothing.
 * A token of another shape lands on the page too, which says the link no longer works. The token leaves in no
 * Referer header (proxy.ts).
 */
export async function GET(_request: Request, { params }: Context) {
  const { token, subscriberId } = await subscriberFor(params);
  const subscriber = subscriberId ? await subscriberEmail(subscriberId) : null;
  const locale = subscriber?.locale ?? routing.defaultLocale;
  return new Response(null, { status: 303, headers: { Location: pageUrl(locale, `/unsubscribe/${token ?? 'invalid'}`) } });
}
