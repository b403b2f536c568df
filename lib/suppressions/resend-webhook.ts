import 'server-only';
import { Webhook, WebhookVerificationError } from 'svix';
import { z } from 'zod';
import { env } from '../env';
import { logError } from '../safe-log.mjs';
import { recordProviderReport } from './suppressions';

/** "Name <a@b.org>" or "a@b.org" → "a@b.org". */
const addressOf = (recipient: string) => recipient.match(/<([^<>]+)>\s*$/)?.[1] ?? recipient;

/** The email an event is about: its recipients, and its id (the one the provider answered when it was sent). */
const reportedEmail = {
  to: z.array(z.string().transform(addressOf).pipe(z.email())).min(1),
  email_id: z.string().min(1).optional(),
};

/** Resend's event types this app acts on; the others are acknowledged and ignored. */
const handledEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('email.bounced'),
    // Resend reports the bounce type as "Permanent", "Transient" or "Undetermined"; older payloads omit it,
    // and the event itself is documented as a permanent rejection.
    data: z.object({ ...reportedEmail, bounce: z.object({ type: z.string() }).optional() }),
  }),
  z.object({ type: z.literal('email.complained'), data: z.object(reportedEmail) }),
]);
const handledTypes: ReadonlySet<string> = new Set(handledEvent.options.map((option) => option.shape.type.value));

const reply = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

function verifiedPayload(secret: string, body: string, headers: Headers): { payload: unknown } | { response: Response } {
  const signatureHeaders = {
    'svix-id': headers.get('svix-id') ?? '',
    'svix-timestamp': headers.get('svix-timestamp') ?? '',
    'svix-signature': headers.get('svix-signature') ?? '',
  };
  try {
    return { payload: new Webhook(secret).verify(body, signatureHeaders) };
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { response: reply(401, { error: 'Missing, invalid or expired signature.' }) };
    if (error instanceof SyntaxError) return { response: reply(400, { error: 'The body is not JSON.' }) };
    throw error;
  }
}

/**
 * Resend's webhook (delivered by Svix): a hard bounce or a complaint suppresses the recipients for good and marks
 * the alert delivery that was the email. The signature covers the raw body, so the body is verified before it is
 * parsed. Logs name events, never addresses.
 */
export async function receiveResendWebhook(request: Request): Promise<Response> {
  const secret = env.RESEND_WEBHOOK_SECRET;
  if (!secret) return reply(503, { error: 'Resend webhooks are not configured on this server (RESEND_WEBHOOK_SECRET).' });

  const verified = verifiedPayload(secret, await request.text(), request.headers);
  if ('response' in verified) return verified.response;
  const eventId = request.headers.get('svix-id')!;

  const envelope = z.object({ type: z.string() }).safeParse(verified.payload);
  if (!envelope.success) return reply(400, { error: 'The body is not a Resend event.' });
  if (!handledTypes.has(envelope.data.type)) return reply(200, { ignored: envelope.data.type });

  const parsed = handledEvent.safeParse(verified.payload);
  if (!parsed.success) return reply(400, { error: `The ${envelope.data.type} event has no usable recipients.` });
  const event = parsed.data;
  if (event.type === 'email.bounced' && event.data.bounce && event.data.bounce.type.toLowerCase() !== 'permanent') {
    return reply(200, { ignored: `${event.type} (${event.data.bounce.type})` });
  }

  try {
    const marked = await recordProviderReport(
      { id: eventId, type: event.type },
      { reason: event.type === 'email.bounced' ? 'BOUNCED' : 'COMPLAINED', addresses: event.data.to, emailId: event.data.email_id },
    );
    const outcome = marked === null ? 'already received' : `${event.data.to.length} recipient(s) suppressed, ${marked} alert delivery(ies) marked`;
    console.log(`resend webhook ${eventId}: ${event.type}, ${outcome}`);
    return reply(200, { received: true });
  } catch (error) {
    // The error may quote the rows, and the rows are addresses.
    logError(`resend webhook ${eventId}: recording failed (${(error as Error)?.name})`);
    return reply(500, { error: 'The event could not be recorded; it will be retried.' });
  }
}
