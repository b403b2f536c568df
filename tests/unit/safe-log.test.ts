import { randomBytes, randomUUID } from 'node:crypto';
import { format } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logError, logInfo } from '@/lib/safe-log.mjs';

const printed: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  printed.length = 0;
});
const capture = () => {
  for (const method of ['error', 'log'] as const) vi.spyOn(console, method).mockImplementation((...values: unknown[]) => void printed.push(format(...values)));
};

describe('the log', () => {
  it('loses every address and token of what went wrong, and keeps the rest', () => {
    capture();
    const linkToken = randomBytes(32).toString('base64url');
    const signInToken = randomBytes(32).toString('hex');
    const sessionToken = randomUUID();
    // What failures carry: PostgreSQL's detail of a refused row, a provider's refusal, the addresses of a request.
    const refused = Object.assign(new Error('duplicate key value violates unique constraint "Subscriber_email_key"'), {
      code: '23505',
      detail: 'Key (email)=(Follower.Name+news@Example.org) already exists.',
    });
    logError('action failed', refused);
    logError(new Error('the email service refused the message for Жанна@пример.рф'));
    logError(`web server: a request failed: https://tracker.example.org/api/auth/callback/email?callbackUrl=%2Fen%2Fadmin&token=${signInToken}&email=admin%40example.org`);
    logInfo(`GET /en/subscription/${linkToken}/data.json`, { sessionToken });
    const text = printed.join('\n');
    for (const secret of ['Follower.Name+news@Example.org', 'Жанна@пример.рф', signInToken, 'admin%40example.org', linkToken, sessionToken]) expect(text).not.toContain(secret);
    expect(text).toContain('Subscriber_email_key');
    expect(text).toContain('/en/subscription/[token]/data.json');
    expect(text).toContain('23505');
  });

  it('keeps what is no secret: slugs, row ids, package versions in a stack', () => {
    capture();
    const kept = 'case hostile-input-case-with-a-long-slug-of-words, update cm3x1y2z3000008l4abcd1234, at node_modules/next@16.0.1/dist/server.js:12:3';
    logError(kept);
    expect(printed).toEqual([kept]);
  });
});
