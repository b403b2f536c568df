export function clientAddress(request: { forwardedFor: string | string[] | undefined; socketAddress: string | undefined; trustedProxyHops: number }): string;
export function trustedProxyHops(environment: Record<string, string | undefined>): number;
