export function servedOverHttps(env: { NODE_ENV?: string; NEXTAUTH_URL?: string }): boolean;
export function contentSecurityPolicy(kind: 'rendered' | 'cached' | 'data', options: { nonce?: string; https: boolean; development?: boolean }): string;
export function securityHeaders(options: { https: boolean; referrerPolicy?: string }): Record<string, string>;
export function publicAddresses(locales: readonly string[]): { pages: string[]; data: string[] };
export function publicAddressPatterns(locales: readonly string[]): { page: RegExp; data: RegExp };
export function publicAnswerHeaders(options: { https: boolean; development: boolean }): { page: Record<string, string>; data: Record<string, string> };
export function publicAddressHeaders(options: { locales: readonly string[]; https: boolean; development: boolean }): { source: string; headers: { key: string; value: string }[] }[];
