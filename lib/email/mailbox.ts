import 'server-only';
import { db } from '../db';
import { env } from '../env';

/**
 * Who may read the local mailbox: anyone when the app runs on its local defaults (no email service, started
 * with LOCAL_MAILBOX=open), so a newcomer can sign in; otherwise admins only.
 */
export function mailboxIsOpen(): boolean {
  return !env.RESEND_API_KEY && env.LOCAL_MAILBOX === 'open';
}

export async function latestMailboxMessages(limit = 50) {
  return db.mailboxMessage.findMany({
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
