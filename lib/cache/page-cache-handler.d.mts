type PageStore = {
  get(key: string, extraTags?: string[]): unknown;
  /** The entry when it may be served without Next (present, not revalidated, within its lifetime), else null. */
  peek(key: string): { value: unknown; cacheControl?: unknown } | null;
  /** The same for the page Next rendered at a path (`/en/cases/some-case`). */
  peekPage(path: string): { value: unknown; cacheControl?: unknown } | null;
  set(key: string, value: unknown, context?: { tags?: string[]; cacheControl?: unknown }): void;
  revalidate(tags: string[]): Promise<void>;
  /** Resolves once revalidations from other processes are heard (at once when not shared). */
  listen(): Promise<unknown>;
  close(): Promise<void>;
};

export function createPageStore(options: { maxBytes: number; shareWith?: string; renderWaitMs?: number; log?: (message: string) => void }): PageStore;
export function pageStore(): PageStore;
export function representationKey(href: string): string;
export default class PageCacheHandler {
  get(key: string, context: { tags?: string[]; softTags?: string[] }): Promise<unknown>;
  set(key: string, value: unknown, context: { tags?: string[]; cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
