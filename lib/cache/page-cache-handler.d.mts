type PageStore = {
  get(key: string, extraTags?: string[]): unknown;
  set(key: string, value: unknown, context?: { tags?: string[]; cacheControl?: unknown }): void;
  revalidate(tags: string[]): Promise<void>;
  /** Resolves once revalidations from other processes are heard (at once when not shared). */
  listen(): Promise<unknown>;
  close(): Promise<void>;
};

export function createPageStore(options: { maxBytes: number; shareWith?: string; renderWaitMs?: number; log?: (message: string) => void }): PageStore;
export function pageStore(): PageStore;
export default class PageCacheHandler {
  get(key: string, context: { tags?: string[]; softTags?: string[] }): Promise<unknown>;
  set(key: string, value: unknown, context: { tags?: string[]; cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
