// Next's cache handler for rendered public pages and feeds (next.config.mjs `cacheHandler`). Plain JavaScript:
// Next loads it at run time with Node, outside the app bundle.
//
// Each process keeps its rendered pages in memory (bounded, least recently used out first). A revalidated tag
// (revalidatePath → Next's `_N_T_<path>` tags) marks every entry rendered before it stale at once. With
// CACHE_INVALIDATION=postgres, revalidations are also sent to every other process through PostgreSQL
// NOTIFY, so several web processes behind a load balancer never serve a page older than the last publication;
// a process that loses its LISTEN connection drops its whole cache once it is back, as it may have missed some.
import { LRUCache } from 'lru-cache';
import pg from 'pg';

const channel = 'page_cache_invalidation';
const megabyte = 1024 * 1024;
const reconnectDelayMs = 1_000;

/** @param {unknown} value */
function sizeOf(value) {
  if (!value || typeof value !== 'object') return 1;
  let size = 0;
  for (const part of Object.values(value)) {
    if (typeof part === 'string' || Buffer.isBuffer(part)) size += part.length;
    else if (part instanceof Map) for (const chunk of part.values()) size += Buffer.isBuffer(chunk) ? chunk.length : 0;
  }
  return Math.max(size, 1);
}

/** Past the lifetime it was stored with (`revalidate` seconds): Next renders it again in the background. */
const isPastItsTime = (/** @type {{ lastModified: number; cacheControl?: any }} */ entry, /** @type {number} */ now) =>
  typeof entry.cacheControl?.revalidate === 'number' && now - entry.lastModified > entry.cacheControl.revalidate * 1000;

/** @param {{ value: any }} entry @param {string[] | undefined} extraTags */
function tagsOf(entry, extraTags = []) {
  const header = entry.value?.headers?.['x-next-cache-tags'];
  const ownTags = typeof header === 'string' ? header.split(',') : (entry.tags ?? []);
  return [...ownTags, ...extraTags];
}

/**
 * The process's page store. `shareWith` is a PostgreSQL URL when revalidations must reach other processes.
 * @param {{ maxBytes: number; shareWith?: string; log?: (message: string) => void }} options
 */
export function createPageStore({ maxBytes, shareWith, log = (message) => console.error(message) }) {
  /** @type {LRUCache<string, { value: any; lastModified: number; tags?: string[]; cacheControl?: unknown }>} */
  const entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => sizeOf(entry.value) });
  /** @type {Map<string, number>} */
  const revalidatedAt = new Map();
  /** When Next started rendering a page again (its first visit since it went missing or out of date). */
  const renderingSince = new LRUCache({ max: 10_000 });
  /** @type {Promise<pg.Client | undefined> | undefined} */
  let listening;
  let closed = false;

  const markStale = (/** @type {string[]} */ tags, at = Date.now()) => {
    for (const tag of tags) revalidatedAt.set(tag, at);
  };

  /** Opens the LISTEN connection once; after losing it, opens it again and drops every page. */
  function listen() {
    if (!shareWith || closed) return Promise.resolve(undefined);
    listening ??= (async () => {
      const client = new pg.Client({ connectionString: shareWith, application_name: 'page-cache-invalidation' });
      let lost = false;
      const reconnect = (/** @type {unknown} */ error) => {
        if (lost || closed) return;
        lost = true;
        log(`page cache: lost the invalidation channel (${error instanceof Error ? error.message : 'closed'}); reconnecting`);
        void client.end().catch(() => {});
        setTimeout(() => {
          listening = undefined;
          entries.clear();
          void listen();
        }, reconnectDelayMs).unref();
      };
      client.on('error', reconnect);
      client.on('end', () => reconnect(undefined));
      client.on('notification', (message) => {
        try {
          markStale(JSON.parse(message.payload ?? '[]'));
        } catch {
          entries.clear();
        }
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${channel}`);
        return client;
      } catch (error) {
        reconnect(error);
        return undefined;
      }
    })();
    return listening;
  }

  return {
    /** @param {string} key @param {string[]} [extraTags] */
    get(key, extraTags) {
      void listen();
      const now = Date.now();
      const entry = entries.get(key);
      const revalidated = entry && tagsOf(entry, extraTags).some((tag) => (revalidatedAt.get(tag) ?? 0) >= entry.lastModified);
      if (!entry || revalidated || isPastItsTime(entry, now)) {
        // Next renders the page now: what it stores is as old as this moment, not as the moment it is stored, so
        // a revalidation during the render still marks it stale.
        if (!renderingSince.has(key)) renderingSince.set(key, now);
      }
      if (!entry || revalidated) {
        entries.delete(key);
        return null;
      }
      return entry;
    },
    /** @param {string} key @param {any} value @param {{ tags?: string[]; cacheControl?: unknown }} context */
    set(key, value, { tags, cacheControl } = {}) {
      const lastModified = renderingSince.get(key) ?? Date.now();
      renderingSince.delete(key);
      if (value === null) entries.delete(key);
      else entries.set(key, { value, lastModified, tags, cacheControl });
    },
    /** Marks the tags stale here and, when shared, in every other process. @param {string[]} tags */
    async revalidate(tags) {
      markStale(tags);
      if (!shareWith || tags.length === 0) return;
      const client = new pg.Client({ connectionString: shareWith, application_name: 'page-cache-invalidation' });
      try {
        await client.connect();
        await client.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(tags)]);
      } catch (error) {
        log(`page cache: could not tell other processes about a revalidation: ${error instanceof Error ? error.message : error}`);
      } finally {
        await client.end().catch(() => {});
      }
    },
    listen,
    async close() {
      closed = true;
      entries.clear();
      await (await listening)?.end().catch(() => {});
    },
  };
}

const storeKey = Symbol.for('kz-tracker.page-cache');

/** The one store of this process, shared by every copy of this module (Next's and the app bundle's). */
export function pageStore() {
  const holder = /** @type {Record<symbol, ReturnType<typeof createPageStore>>} */ (/** @type {unknown} */ (globalThis));
  const building = process.env.NEXT_PHASE === 'phase-production-build';
  holder[storeKey] ??= createPageStore({
    maxBytes: Number(process.env.PAGE_CACHE_MAX_MB || 256) * megabyte,
    shareWith: process.env.CACHE_INVALIDATION === 'postgres' && !building ? process.env.DATABASE_URL : undefined,
  });
  return holder[storeKey];
}

/** The interface Next expects (see next/dist/server/lib/incremental-cache). Next makes one per request. */
export default class PageCacheHandler {
  /** @param {string} key @param {{ tags?: string[]; softTags?: string[] }} context */
  async get(key, context) {
    return pageStore().get(key, [...(context?.tags ?? []), ...(context?.softTags ?? [])]);
  }

  /** @param {string} key @param {any} value @param {{ tags?: string[]; cacheControl?: unknown }} context */
  async set(key, value, context) {
    pageStore().set(key, value, context);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await pageStore().revalidate(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache() {}
}
