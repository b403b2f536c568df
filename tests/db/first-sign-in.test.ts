import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdapterUser } from 'next-auth/adapters';
import { createSeededAppDatabase } from '../support/app-database';

let database: Awaited<ReturnType<typeof createSeededAppDatabase>>;
let createUser: (user: AdapterUser) => Promise<AdapterUser>;

beforeAll(async () => {
  database = await createSeededAppDatabase();
  Object.assign(process.env, { NEXTAUTH_SECRET: 'first-sign-in-tests-secret-0123456789abcdef' });
  const { authOptions } = await import('@/lib/auth/options');
  createUser = authOptions.adapter!.createUser! as typeof createUser;
});
afterAll(async () => database?.drop());

describe('an invitee’s first sign-in', () => {
  it('keeps the invitation pending when the account cannot be created, and accepts it with the account', async () => {
    const email = 'invitee@first-sign-in.test';
    const invitation = await database.db.invitation.create({ data: { email, role: 'ORGANIZER', expiresAt: new Date(Date.now() + 86_400_000) }, select: { id: true } });
    const newcomer = { id: '', email, emailVerified: new Date() } as AdapterUser;
    await database.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_user() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END; $$;
      CREATE TRIGGER refuse_user BEFORE INSERT ON "User" FOR EACH ROW EXECUTE FUNCTION refuse_user();`);
    await expect(createUser(newcomer)).rejects.toThrow(/disk full/);
    expect(await database.db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { acceptedAt: true } })).toEqual({ acceptedAt: null });

    await database.db.$executeRawUnsafe('DROP TRIGGER refuse_user ON "User"; DROP FUNCTION refuse_user();');
    const user = await createUser(newcomer);
    expect(await database.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, role: true } })).toEqual({ email, role: 'ORGANIZER' });
    expect((await database.db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { acceptedAt: true } })).acceptedAt).not.toBeNull();
    expect(await database.db.auditLog.count({ where: { action: 'user.create', entityId: user.id } })).toBe(1);
  });
});
