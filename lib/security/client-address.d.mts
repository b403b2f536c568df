export function clientAddress(request: { forwardedFor: string | string[] | undefined; socketAddress: string | undefined; trustedProxyHops: number }): string;
export const localVisitorHeader: string;
export function isLoopback(address: string): boolean;
export function isLocalVisitor(request: { headers: Record<string, string | string[] | undefined>; socketAddress: string | undefined; trustedProxyHops: number }): boolean;
