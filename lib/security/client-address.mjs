// Which address a request came from, for the per-address rate limits (lib/rate-limit.ts). The production web
// server (scripts/web-server.mjs) writes it into X-Forwarded-For before Next sees the request, so that a client
// cannot pick its own address by sending that header.

/**
 * The socket's peer, or, behind `trustedProxyHops` reverse proxies that each append the address they were reached
 * from, the entry the outermost of them appended. Entries further left were written by the client and prove nothing.
 * @param {{ forwardedFor: string | string[] | undefined; socketAddress: string | undefined; trustedProxyHops: number }} request
 * @returns {string}
 */
export function clientAddress({ forwardedFor, socketAddress, trustedProxyHops }) {
  if (trustedProxyHops > 0) {
    const entries = [forwardedFor ?? []]
      .flat()
      .flatMap((header) => header.split(','))
      .map((entry) => entry.trim())
      .filter(Boolean);
    const appendedByOutermostProxy = entries[entries.length - trustedProxyHops];
    if (appendedByOutermostProxy) return appendedByOutermostProxy;
  }
  return socketAddress ?? 'unknown';
}
