import 'server-only';
import { headers } from 'next/headers';
import { db } from '../db';
import { env } from '../env';
import { clientIp } from '../rate-limit';
import { isLoopback, localVisitorHeader } from '../security/client-address.mjs';
import { servedOverHttps } from '../security/policies.mjs';

/**
 * Whether this visitor may read the local mailbox without signing in: only on the local defaults (no email
 * service, LOCAL_MAILBOX=open, not served over https) and only from a browser on this machine, so a newcomer can
 * sign in on a fresh machine while nobody who reaches the server over the network can read sign-in links or
 * followers' addresses. The production web server tells a local visitor by the connection itself
 * (`isLocalVisitor`); `next dev` listens on the loopback address only. Everyone else needs an admin's session.
 */
export async function mailboxIsOpenToVisitor(): Promise<boolean> {
  const request = await headers();
  const local = env.NODE_ENV === 'development' ? isLoopback(clientIp(request)) : request.get(localVisitorHeader) === '1';
  return mailboxIsOpenTo(local, env);
}

export function mailboxIsOpenTo(
  localVisitor: boolean,
  settings: { RESEND_API_KEY?: string; LOCAL_MAILBOX: 'open' | 'admins'; NODE_ENV?: string; NEXTAUTH_URL?: string },
): boolean {
  return localVisitor && !settings.RESEND_API_KEY && settings.LOCAL_MAILBOX === 'open' && !servedOverHttps(settings);
}

export async function latestMailboxMessages(limit = 50) {
  return db.mailboxMessage.findMany({
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
