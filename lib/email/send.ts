import 'server-only';
import { Resend } from 'resend';
import { db } from '../db';
import { env } from '../env';
import { waitForSendSlot } from '../rate-limit';

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
};

/** What became of a batch: sent (with the provider's ids), to retry later, or refused for good. */
export type BatchOutcome =
  | { status: 'sent'; providerIds: (string | null)[] }
  | { status: 'retry'; afterMs: number | null; reason: string }
  | { status: 'rejected'; reason: string };

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
 * (readable in the workspace). Throws when the provider refuses the message.
 */
export async function sendEmail(email: OutgoingEmail): Promise<void> {
  if (!env.RESEND_API_KEY) {
    await db.mailboxMessage.create({
      data: { to: email.to, from: env.EMAIL_FROM, subject: email.subject, html: email.html, text: email.text, headers: email.headers ?? {} },
    });
    return;
  }
  await waitForSendSlot();
  const { error } = await client().emails.send(toResend(email));
  if (error) throw new Error(`the email service refused the message: ${error.name}`);
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
    return { status: 'sent', providerIds: emails.map(() => null) };
  }
  await waitForSendSlot();
  const { data, error, headers } = await client().batch.send(emails.map(toResend), { idempotencyKey });
  if (!error) return { status: 'sent', providerIds: emails.map((_, index) => data.data[index]?.id ?? null) };
  const permanent = error.statusCode === 400 || error.statusCode === 422 || error.name === 'invalid_idempotent_request';
  const reason = `${error.statusCode ?? 'no answer'} ${error.name}`;
  return permanent ? { status: 'rejected', reason } : { status: 'retry', afterMs: retryAfterMs(headers?.['retry-after']), reason };
}
