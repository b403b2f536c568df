import { beforeAll, describe, expect, it, vi } from 'vitest';

let mailboxIsOpenTo: typeof import('@/lib/email/mailbox').mailboxIsOpenTo;

beforeAll(async () => {
  // The module reads the app's settings when loaded; nothing here connects to a database.
  vi.stubEnv('DATABASE_URL', 'postgresql://localhost/settings-test');
  ({ mailboxIsOpenTo } = await import('@/lib/email/mailbox'));
  vi.unstubAllEnvs();
});

const localDefaults = { LOCAL_MAILBOX: 'open', NODE_ENV: 'production', NEXTAUTH_URL: 'http://localhost:3000' } as const;

describe('the local mailbox, which holds sign-in links and followers’ addresses', () => {
  it('opens without signing in to a visitor on this machine when the app runs on its local defaults', () => {
    for (const address of ['127.0.0.1', '127.0.1.1', '::1', '::ffff:127.0.0.1']) expect(mailboxIsOpenTo(address, localDefaults), address).toBe(true);
  });

  it('stays closed to anyone who reaches the server over the network, even on the local defaults', () => {
    for (const address of ['192.168.1.20', '10.0.0.7', '203.0.113.9', '2001:db8::1', '::ffff:192.168.1.20', '127.0.0.1.example.org', 'unknown']) {
      expect(mailboxIsOpenTo(address, localDefaults), address).toBe(false);
    }
  });

  it('stays closed once there is an email service, an https address or the admins-only setting', () => {
    expect(mailboxIsOpenTo('127.0.0.1', { ...localDefaults, RESEND_API_KEY: 're_live_key' })).toBe(false);
    expect(mailboxIsOpenTo('127.0.0.1', { ...localDefaults, NEXTAUTH_URL: 'https://tracker.example.org' })).toBe(false);
    expect(mailboxIsOpenTo('127.0.0.1', { ...localDefaults, LOCAL_MAILBOX: 'admins' })).toBe(false);
  });
});
