import type { IncomingMessage } from 'node:http';

export type KeptAnswer = { status: number; headers: Record<string, string>; body: Buffer | null };

export function createKeptAnswers(options: {
  store: { peek(key: string): { value: unknown; cacheControl?: unknown } | null; peekPage(path: string): { value: unknown; cacheControl?: unknown } | null };
  locales: readonly string[];
  https: boolean;
}): (request: IncomingMessage) => KeptAnswer | null;
