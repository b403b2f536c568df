import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededAppDatabase } from '../support/app-database';

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let signInRequestRefusal: typeof import('@/lib/auth/sign-in-request').signInRequestRefusal;

beforeAll(async () => {
  database = await createSeededAppDatabase();
  process.env.SIGN_IN_LIMIT_PER_IP = '8';
  ({ signInRequestRefusal } = await import('@/lib/auth/sign-in-request'));
});
afterAll(async () => database?.drop());

/** A link request as the sign-in form posts it to /api/auth/signin/email, from a network address. */
const linkRequest = (email: string, from: string) =>
  new Request('http://localhost/api/auth/signin/email', { method: 'POST', headers: { 'x-forwarded-for': from }, body: new URLSearchParams({ email, csrfToken: 'token' }) });

/** How many of `count` requests get through before the limit answers 429. */
async function allowedOf(count: number, request: (index: number) => Request) {
  const answers = [];
  for (let index = 0; index < count; index++) answers.push(await signInRequestRefusal(request(index)));
  const refused = answers.filter(Boolean);
  for (const answer of refused) expect(answer!.status).toBe(429);
  return answers.length - refused.length;
}

describe('sign-in link requests', () => {
  it('are limited for one email address, from whichever network address, and whether or not it has an account', async () => {
    await database.db.user.create({ data: { email: 'organizer@limits.test', role: 'ORGANIZER' } });
    expect(await allowedOf(7, (index) => linkRequest('organizer@limits.test', `198.51.100.${index}`))).toBe(5);
    expect(await allowedOf(7, (index) => linkRequest('nobody@limits.test', `198.51.100.${index}`))).toBe(5);
    // Spelled differently, still the same address.
    expect(await signInRequestRefusal(linkRequest(' Organizer@LIMITS.test ', '198.51.100.50'))).not.toBeNull();
  });

  it('are limited from one network address, whatever addresses it asks for', async () => {
    expect(await allowedOf(10, (index) => linkRequest(`reader-${index}@limits.test`, '203.0.113.7'))).toBe(8);
    // Another network address is not held back by it.
    expect(await signInRequestRefusal(linkRequest('reader-new@limits.test', '203.0.113.8'))).toBeNull();
  });
});
