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

/** The header the web server sets, and no client can, on a request from a browser on this very machine. */
export const localVisitorHeader = 'x-tracker-local-visitor';

/** A loopback address (127.0.0.0/8, ::1, or IPv4 in IPv6 form). @param {string} address */
export const isLoopback = (address) => /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/.test(address);

/**
 * Whether a request comes from a browser on this machine: straight from a loopback address with no forwarding
 * header (a reverse proxy on this machine forwards requests from anywhere, and says so), or, behind trusted
 * proxies, from the loopback address they name.
 * @param {{ headers: Record<string, string | string[] | undefined>; socketAddress: string | undefined; trustedProxyHops: number }} request
 * @returns {boolean}
 */
export function isLocalVisitor({ headers, socketAddress, trustedProxyHops }) {
  if (trustedProxyHops > 0) return isLoopback(clientAddress({ forwardedFor: headers['x-forwarded-for'], socketAddress, trustedProxyHops }));
  const forwarded = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some((name) => headers[name] !== undefined);
  return !forwarded && isLoopback(socketAddress ?? '');
}
