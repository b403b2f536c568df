import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxyHops } from '@/lib/security/client-address.mjs';

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

  it('reads TRUSTED_PROXY_HOPS, 0 by default, and refuses anything else than a small whole number', () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: '2' })).toBe(2);
    for (const wrong of ['-1', 'yes', '1.5', '10', '']) expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: wrong })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
