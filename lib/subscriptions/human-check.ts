import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '../env';

export type HumanCheckVerdict = { ok: true } | { ok: false; reason: 'tooFast' | 'expired' | 'invalid' };

/**
 * Tells a person from a script on a public form. `challenge()` is embedded in the form when the page renders
 * (hidden field `humanCheck`); `verify()` judges what came back. Another check (a puzzle, a third-party service)
 * replaces it by implementing the same two functions.
 */
export type HumanCheck = {
  challenge(now?: Date): string;
  verify(response: string, now?: Date): HumanCheckVerdict;
};

const fastestPersonMs = 3_000;
const longestVisitMs = 24 * 60 * 60 * 1000;

const secret = () => {
  if (!env.NEXTAUTH_SECRET) throw new Error('NEXTAUTH_SECRET is needed to sign the subscribe form (or set HUMAN_CHECK=off)');
  return env.NEXTAUTH_SECRET;
};
const signature = (renderedAt: string) => createHmac('sha256', secret()).update(`human-check:${renderedAt}`).digest('base64url');

/**
 * Works without JavaScript and without third parties: the form carries its signed render time, and a form sent
 * sooner than a person could fill it, or a day later (a harvested copy), is refused.
 */
export const signedRenderTime: HumanCheck = {
  challenge: (now = new Date()) => {
    const renderedAt = String(now.getTime());
    return `${renderedAt}.${signature(renderedAt)}`;
  },
  verify: (response, now = new Date()) => {
    const [renderedAt = '', sent = ''] = response.split('.');
    const expected = Buffer.from(signature(renderedAt));
    if (!/^\d{1,15}$/.test(renderedAt) || Buffer.byteLength(sent) !== expected.length || !timingSafeEqual(Buffer.from(sent), expected)) {
      return { ok: false, reason: 'invalid' };
    }
    const elapsed = now.getTime() - Number(renderedAt);
    if (elapsed < fastestPersonMs) return { ok: false, reason: 'tooFast' };
    if (elapsed > longestVisitMs) return { ok: false, reason: 'expired' };
    return { ok: true };
  },
};

/** HUMAN_CHECK=off: every form passes (automated tests fill forms faster than people). */
export const passThrough: HumanCheck = { challenge: () => '', verify: () => ({ ok: true }) };

export const humanCheck = (): HumanCheck => (env.HUMAN_CHECK === 'off' ? passThrough : signedRenderTime);
