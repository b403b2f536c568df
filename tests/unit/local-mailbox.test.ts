import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isLocalVisitor } from '@/lib/security/client-address.mjs';

let mailboxIsOpenTo: typeof import('@/lib/email/mailbox').mailboxIsOpenTo;

beforeAll(async () => {
  // The module reads the app's settings when loaded; nothing here connects to a database.
  vi.stubEnv('DATABASE_URL', 'postgresql://localhost/settings-test');
  ({ mailboxIsOpenTo } = await import('@/lib/email/mailbox'));
  vi.unstubAllEnvs();
});

const localDefaults = { LOCAL_MAILBOX: 'open', NODE_ENV: 'production', NEXTAUTH_URL: 'http://localhost:3000' } as const;
const direct = (socketAddress: string, headers: Record<string, string> = {}) => isLocalVisitor({ headers, socketAddress, trustedProxyHops: 0 });

describe('a visitor on this machine, as the web server tells one', () => {
  it('is one who connects from a loopback address', () => {
    for (const address of ['127.0.0.1', '127.0.1.1', '::1', '::ffff:127.0.0.1']) expect(direct(address), address).toBe(true);
  });

  it('is not one who connects from the network, nor anyone a proxy on this machine forwards, whatever they claim', () => {
    for (const address of ['192.168.1.20', '10.0.0.7', '203.0.113.9', '2001:db8::1', '::ffff:192.168.1.20', 'unknown']) expect(direct(address), address).toBe(false);
    expect(direct('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).toBe(false);
    expect(direct('127.0.0.1', { forwarded: 'for=203.0.113.9' })).toBe(false);
    expect(direct('127.0.0.1', { 'x-real-ip': '203.0.113.9' })).toBe(false);
    expect(direct('203.0.113.9', { 'x-forwarded-for': '127.0.0.1' })).toBe(false);
  });

  it('behind trusted proxies, is one whom the outermost proxy saw on a loopback address, not one who says so', () => {
    expect(isLocalVisitor({ headers: { 'x-forwarded-for': '127.0.0.1' }, socketAddress: '10.0.0.2', trustedProxyHops: 1 })).toBe(true);
    expect(isLocalVisitor({ headers: { 'x-forwarded-for': '127.0.0.1, 203.0.113.9' }, socketAddress: '10.0.0.2', trustedProxyHops: 1 })).toBe(false);
  });
});

describe('the local mailbox, which holds sign-in links and followers’ addresses', () => {
  it('opens without signing in to a visitor on this machine when the app runs on its local defaults', () => {
    expect(mailboxIsOpenTo(true, localDefaults)).toBe(true);
  });

  it('stays closed to anyone else, even on the local defaults', () => {
    expect(mailboxIsOpenTo(false, localDefaults)).toBe(false);
  });

  it('stays closed once there is an email service, an https address or the admins-only setting', () => {
    expect(mailboxIsOpenTo(true, { ...localDefaults, RESEND_API_KEY: 're_live_key' })).toBe(false);
    expect(mailboxIsOpenTo(true, { ...localDefaults, NEXTAUTH_URL: 'https://tracker.example.org' })).toBe(false);
    expect(mailboxIsOpenTo(true, { ...localDefaults, LOCAL_MAILBOX: 'admins' })).toBe(false);
  });
});
