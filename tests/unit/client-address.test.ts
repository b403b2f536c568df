import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientAddress } from '@/lib/security/client-address.mjs';

/** TRUSTED_PROXY_HOPS as the app's settings read it (lib/env.ts, loaded afresh). */
async function trustedProxyHops(environment: { TRUSTED_PROXY_HOPS?: string }) {
  vi.resetModules();
  vi.stubEnv('DATABASE_URL', 'postgresql://localhost/settings-test');
  vi.stubEnv('TRUSTED_PROXY_HOPS', environment.TRUSTED_PROXY_HOPS);
  return (await import('@/lib/env')).env.TRUSTED_PROXY_HOPS;
}

afterEach(() => vi.unstubAllEnvs());

describe('the client address the rate limits count', () => {
  it('is the connection’s own when no proxy is trusted, whatever X-Forwarded-For the client sends', () => {
    expect(clientAddress({ forwardedFor: '203.0.113.9', socketAddress: '198.51.100.4', trustedProxyHops: 0 })).toBe('198.51.100.4');
    expect(clientAddress({ forwardedFor: undefined, socketAddress: '198.51.100.4', trustedProxyHops: 0 })).toBe('198.51.100.4');
  });

  it('is the entry the outermost trusted proxy appended, not one the client wrote before it', () => {
    // The client claims 203.0.113.9; the load balancer saw 198.51.100.4; the TLS terminator saw the load balancer.
    const forwardedFor = '203.0.113.9, 198.51.100.4, 10.0.0.2';
    expect(clientAddress({ forwardedFor, socketAddress: '10.0.0.3', trustedProxyHops: 2 })).toBe('198.51.100.4');
    expect(clientAddress({ forwardedFor: ['203.0.113.9', '198.51.100.4'], socketAddress: '10.0.0.2', trustedProxyHops: 1 })).toBe('198.51.100.4');
  });

  it('falls back to the connection when a request reached the server without going through the proxies', () => {
    expect(clientAddress({ forwardedFor: undefined, socketAddress: '198.51.100.4', trustedProxyHops: 1 })).toBe('198.51.100.4');
    expect(clientAddress({ forwardedFor: '198.51.100.4', socketAddress: '10.0.0.3', trustedProxyHops: 2 })).toBe('10.0.0.3');
    expect(clientAddress({ forwardedFor: undefined, socketAddress: undefined, trustedProxyHops: 0 })).toBe('unknown');
  });

  it('reads TRUSTED_PROXY_HOPS, 0 by default, and refuses anything else than a small whole number', async () => {
    expect(await trustedProxyHops({})).toBe(0);
    expect(await trustedProxyHops({ TRUSTED_PROXY_HOPS: '2' })).toBe(2);
    for (const wrong of ['-1', 'yes', '1.5', '10', '']) await expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: wrong })).rejects.toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
