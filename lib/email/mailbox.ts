import 'server-only';
import { headers } from 'next/headers';
import { db } from '../db';
import { env } from '../env';
import { clientIp } from '../rate-limit';
import { servedOverHttps } from '../security/policies.mjs';

/**
 * Whether this visitor may read the local mailbox without signing in: only on the local defaults (no email
 * service, LOCAL_MAILBOX=open, not served over https) and only from this machine, so a newcomer can sign in
 * on a fresh machine while nobody who reaches the server over the network can read sign-in links or
 * followers' addresses. Everyone else needs an admin's session.
 */
export async function mailboxIsOpenToVisitor(): Promise<boolean> {
  return mailboxIsOpenTo(clientIp(await headers()), env);
}

export function mailboxIsOpenTo(
  clientAddress: string,
  settings: { RESEND_API_KEY?: string; LOCAL_MAILBOX: 'open' | 'admins'; NODE_ENV?: string; NEXTAUTH_URL?: string },
): boolean {
  return !settings.RESEND_API_KEY && settings.LOCAL_MAILBOX === 'open' && !servedOverHttps(settings) && isLoopback(clientAddress);
}

const isLoopback = (address: string) => /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/.test(address);

export async function latestMailboxMessages(limit = 50) {
  return db.mailboxMessage.findMany({
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
