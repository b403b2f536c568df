import 'server-only';
import { Resend } from 'resend';
import { db } from '../db';
import { env } from '../env';
import { waitForSendSlot } from '../rate-limit';
import { isSuppressed } from '../suppressions/suppressions';

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
};

/**
 * What became of a batch: sent (with the provider's id of each email, and why it refused any email on its own, an
 * invalid address say, by its position), to retry later, or refused for good.
 */
export type BatchOutcome =
  | { status: 'sent'; providerIds: (string | null)[]; refused: { index: number; reason: string }[] }
  /** `mayHaveBeenSent`: unless the provider refused the call before reading it (a rate limit), it may have taken it. */
  | { status: 'retry'; afterMs: number | null; reason: string; mayHaveBeenSent: boolean }
  | { status: 'rejected'; reason: string };

/**
 * How long a retry may count on the provider's idempotency key: Resend keeps one 24 hours, after which a repeat
 * whose first answer was lost would be mailed again.
 */
export const idempotencyWindowMs = 23 * 60 * 60 * 1000;

let resend: Resend | undefined;
const client = () => (resend ??= new Resend(env.RESEND_API_KEY));

const toResend = (email: OutgoingEmail) => ({ from: env.EMAIL_FROM, to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers });

/** Seconds or an HTTP date, as RFC 9110 allows for Retry-After. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * The one sink for all mail: Resend when RESEND_API_KEY is set, otherwise the local mailbox in the database
 * (readable in the workspace). Never mails a suppressed address (it bounced for good or reported spam): nothing is
 * sent and it answers 'suppressed', which callers tell no one who could learn from it whether an address is known.
 * The one exception is `askedForByRecipient`: a sign-in link an account holder asked for themselves (rate limited),
 * so that one bounce or one spam click never locks an organizer out of the workspace for good.
 * `idempotencyKey` makes the provider accept the message once however often it is retried with the same content.
 * Throws when the provider refuses the message.
 */
export async function sendEmail(
  email: OutgoingEmail,
  { idempotencyKey, askedForByRecipient = false }: { idempotencyKey?: string; askedForByRecipient?: boolean } = {},
): Promise<'sent' | 'suppressed'> {
  if (!askedForByRecipient && (await isSuppressed(email.to))) return 'suppressed';
  if (!env.RESEND_API_KEY) {
    await db.mailboxMessage.createMany({
      data: [{ to: email.to, from: env.EMAIL_FROM, subject: email.subject, html: email.html, text: email.text, headers: email.headers ?? {}, idempotencyKey }],
      skipDuplicates: true,
    });
    return 'sent';
  }
  await waitForSendSlot();
  const { error } = await client().emails.send(toResend(email), { idempotencyKey });
  if (error) throw new EmailRefused(error.name, error.statusCode !== 429);
  return 'sent';
}

/** The provider did not take a message. `mayHaveBeenSent`: unless it refused the call unread (a rate limit). */
export class EmailRefused extends Error {
  constructor(
    reason: string,
    readonly mayHaveBeenSent: boolean,
  ) {
    super(`the email service refused the message: ${reason}`);
  }
}

/**
 * Sends up to 100 emails in one provider call. `idempotencyKey` names the batch: the provider (or the local
 * mailbox) accepts it once however often it is retried, so a retry after a crash never sends twice.
 * Rate limits, server errors and unreachable providers come back as `retry` (with the provider's Retry-After);
 * a batch the provider judges invalid comes back as `rejected`.
 */
export async function sendEmailBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<BatchOutcome> {
  if (!env.RESEND_API_KEY) {
    await db.mailboxMessage.createMany({
      data: emails.map((email, index) => ({
        to: email.to,
        from: env.EMAIL_FROM,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: email.headers ?? {},
        idempotencyKey: `${idempotencyKey}:${index}`,
      })),
      skipDuplicates: true,
    });
    return { status: 'sent', providerIds: emails.map(() => null), refused: [] };
  }
  await waitForSendSlot();
  // Permissive: an email the provider finds invalid is refused alone, not with the rest of its batch.
  const { data, error, headers } = await client().batch.send(emails.map(toResend), { idempotencyKey, batchValidation: 'permissive' });
  if (!error) {
    const refused = (data.errors ?? []).map(({ index, message }) => ({ index, reason: `422 validation_error: ${message}` }));
    const refusedAt = new Set(refused.map(({ index }) => index));
    // The ids are those of the emails taken, in order.
    const ids = data.data.map(({ id }) => id).values();
    return { status: 'sent', providerIds: emails.map((_, index) => (refusedAt.has(index) ? null : (ids.next().value ?? null))), refused };
  }
  const permanent = error.statusCode === 400 || error.statusCode === 422 || error.name === 'invalid_idempotent_request';
  const reason = `${error.statusCode ?? 'no answer'} ${error.name}`;
  if (permanent) return { status: 'rejected', reason };
  return { status: 'retry', afterMs: retryAfterMs(headers?.['retry-after']), reason, mayHaveBeenSent: error.statusCode !== 429 };
}
