import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';
import type { SubscriberTokenPurpose } from '../generated/prisma/enums';
import { db } from '../db';

type Tx = Prisma.TransactionClient;

/** How long a link stays valid: confirmation soon, the preferences link carried by every email for a year. */
export const tokenLifetimeMs: Record<SubscriberTokenPurpose, number> = {
  CONFIRM: 48 * 60 * 60 * 1000,
  MANAGE: 365 * 24 * 60 * 60 * 1000,
};

export const hashToken = (raw: string) => createHash('sha256').update(raw).digest('hex');

/** A fresh random token (256 bits, URL-safe) and the hash that is all the database keeps of it. */
export function newToken(): { raw: string; hash: string } {
  const raw = randomBytes(32).toString('base64url');
  return { raw, hash: hashToken(raw) };
}

/** Creates a link token for a subscriber and returns it raw (to put in an email) with its row id. */
export async function issueToken(tx: Tx, subscriberId: string, purpose: SubscriberTokenPurpose, now = new Date()) {
  const { raw, hash } = newToken();
  const row = await tx.subscriberToken.create({
    data: { subscriberId, purpose, tokenHash: hash, expiresAt: new Date(now.getTime() + tokenLifetimeMs[purpose]) },
    select: { id: true },
  });
  return { id: row.id, raw };
}

/**
 * The subscriber a link token opens, when the token is well-formed, of that purpose, unexpired, unrevoked and
 * (for single-use tokens) unused; null otherwise, whatever the reason, so a link reveals nothing.
 */
export async function subscriberIdForToken(raw: string, purpose: SubscriberTokenPurpose, now = new Date()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(raw)) return null;
  const token = await db.subscriberToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { subscriberId: true, purpose: true, expiresAt: true, usedAt: true, revokedAt: true },
  });
  if (!token || token.purpose !== purpose || token.revokedAt || token.expiresAt <= now) return null;
  if (purpose === 'CONFIRM' && token.usedAt) return null;
  return token.subscriberId;
}
