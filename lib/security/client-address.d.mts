export function clientAddress(request: { forwardedFor: string | string[] | undefined; socketAddress: string | undefined; trustedProxyHops: number }): string;
