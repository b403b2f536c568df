export const corsHeaders: { 'Access-Control-Allow-Origin': string; 'Access-Control-Expose-Headers': string };
export function clientOrigin(request: { host: string | null | undefined; forwardedProto: string | null | undefined; protocol: string }): string | null;
export function entityTag(body: string): string;
export function matchesEntityTag(ifNoneMatch: string, etag: string): boolean;
export function notModifiedSince(ifModifiedSince: string, lastModified: Date): boolean;
export function representationAnswer(
  representation: { contentType: string; lastModified?: Date | null; headers?: Record<string, string>; etag: string },
  request: { ifNoneMatch: string | null; ifModifiedSince: string | null },
): { status: 200 | 304; headers: Record<string, string> };
