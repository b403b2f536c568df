import 'server-only';
import { Resend } from 'resend';
import { db } from '../db';
import { env } from '../env';

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /** Same key → the provider sends the message once, however often it is retried (kept 24 h by Resend). */
  idempotencyKey?: string;
};

let resend: Resend | undefined;

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
  resend ??= new Resend(env.RESEND_API_KEY);
  const { error } = await resend.emails.send(
    { from: env.EMAIL_FROM, to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers },
    email.idempotencyKey ? { idempotencyKey: email.idempotencyKey } : undefined,
  );
  if (error) throw new Error(`the email service refused the message: ${error.name}`);
}
