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
import { logError } from '../safe-log.mjs';

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

/**
 * An entry's tags: those Next stored with it (in its headers, or given with it), and those Next named when it
 * asked for it before rendering it (the page's implicit tags), so that it can be judged without Next asking.
 * @param {any} value @param {string[] | undefined} givenTags @param {string[] | undefined} askedWithTags
 */
function tagsOf(value, givenTags, askedWithTags = []) {
  const header = value?.headers?.['x-next-cache-tags'];
  const ownTags = typeof header === 'string' ? header.split(',') : (givenTags ?? []);
  return [...new Set([...ownTags, ...askedWithTags])];
}

/**
 * Next keeps a rendered page under `/route-cache/APP_PAGE/<its route, hashed>/$<its path>`; the path, to find it
 * by its address.
 * @param {string} key
 */
const pagePathOf = (key) => /^\/route-cache\/APP_PAGE\/[^/]+\/\$(\/.*)$/.exec(key)?.[1];

/** @param {Promise<unknown>} promise @param {number} ms */
const waitAtMost = (promise, ms) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);

/**
 * The process's page store. `shareWith` is a PostgreSQL URL when revalidations must reach other processes.
 * `renderWaitMs` bounds how long a revalidation waits for the renders that began before it.
 * @param {{ maxBytes: number; shareWith?: string; renderWaitMs?: number; log?: (message: string) => void }} options
 */
export function createPageStore({ maxBytes, shareWith, renderWaitMs = 5_000, log = logError }) {
  // Staleness is decided by the order of events in this process, never by the clock, which may step back.
  let sequence = 0;
  const nextInOrder = () => ++sequence;
  /**
   * `renderedAt`: when its rendering began, in the order of events; `lastModified`: the same moment by the clock,
   * which Next and the page's lifetime go by.
   * @type {LRUCache<string, { value: any; renderedAt: number; lastModified: number; tags: string[]; cacheControl?: unknown }>}
   */
  const entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => sizeOf(entry.value) });
  /** Path → key of the rendered pages: one route renders a path. @type {LRUCache<string, string>} */
  const pageKeys = new LRUCache({ max: 100_000 });
  /** @type {Map<string, number>} tag → when it was last revalidated, in the order of events */
  const revalidatedAt = new Map();
  /**
   * Pages Next is rendering (its first visit since they went missing or out of date) until it stores them.
   * @type {LRUCache<string, { startedAt: number; time: number; askedWithTags?: string[]; done: Promise<void>; finish: () => void }>}
   */
  const rendering = new LRUCache({ max: 10_000, dispose: (render) => render.finish() });
  /** @type {Promise<pg.Client | undefined> | undefined} */
  let listening;
  let closed = false;

  const markStale = (/** @type {string[]} */ tags) => {
    const at = nextInOrder();
    for (const tag of tags) revalidatedAt.set(tag, at);
    return at;
  };

  const beginRendering = (/** @type {string} */ key, /** @type {string[] | undefined} */ askedWithTags) => {
    if (rendering.has(key)) return;
    /** @type {() => void} */
    let finish = () => {};
    const done = new Promise((resolve) => (finish = () => resolve(undefined)));
    rendering.set(key, { startedAt: nextInOrder(), time: Date.now(), askedWithTags, done, finish });
  };

  const isRevalidated = (/** @type {{ tags: string[]; renderedAt: number }} */ entry, /** @type {string[]} */ extraTags = []) => {
    const since = (/** @type {string} */ tag) => (revalidatedAt.get(tag) ?? 0) > entry.renderedAt;
    return entry.tags.some(since) || extraTags.some(since);
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

  /** @param {string[]} tags */
  async function tellOtherProcesses(tags) {
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
  }

  return {
    /** @param {string} key @param {string[]} [extraTags] */
    get(key, extraTags) {
      void listen();
      const entry = entries.get(key);
      const revalidated = entry && isRevalidated(entry, extraTags);
      // Next renders the page now: what it stores is as old as this moment, not as the moment it is stored, so
      // a revalidation during the render still marks it stale.
      if (!entry || revalidated || isPastItsTime(entry, Date.now())) beginRendering(key, extraTags);
      if (!entry || revalidated) {
        entries.delete(key);
        return null;
      }
      return entry;
    },
    /**
     * The entry when it may be served as it is, without Next: present, not revalidated and within its lifetime.
     * Otherwise null, and nothing changes: Next, asked next, renders it again.
     * @param {string} key
     */
    peek(key) {
      const entry = entries.get(key);
      return entry && !isRevalidated(entry) && !isPastItsTime(entry, Date.now()) ? entry : null;
    },
    /** The same for the page rendered at a path (`/en/cases/some-case`). @param {string} path */
    peekPage(path) {
      const key = pageKeys.get(path);
      return key ? this.peek(key) : null;
    },
    /** @param {string} key @param {any} value @param {{ tags?: string[]; cacheControl?: unknown }} context */
    set(key, value, { tags, cacheControl } = {}) {
      const render = rendering.get(key);
      const renderedAt = render?.startedAt ?? nextInOrder();
      const lastModified = render?.time ?? Date.now();
      rendering.delete(key);
      const path = pagePathOf(key);
      if (path) pageKeys.set(path, key);
      if (value === null) entries.delete(key);
      else entries.set(key, { value, renderedAt, lastModified, tags: tagsOf(value, tags, render?.askedWithTags), cacheControl });
    },
    /**
     * Marks the tags stale here and, when shared, in every other process. Resolves once the renders of this
     * process that began before it are stored: Next gives a visitor arriving during a render that render's
     * result, so whoever made the change and then opens a page sees it, not the page from just before.
     * @param {string[]} tags
     */
    async revalidate(tags) {
      const at = markStale(tags);
      const earlierRenders = [...rendering.values()].filter((render) => render.startedAt < at).map((render) => render.done);
      await Promise.all([tellOtherProcesses(tags), waitAtMost(Promise.all(earlierRenders), renderWaitMs)]);
    },
    listen,
    async close() {
      closed = true;
      entries.clear();
      rendering.clear();
      await (await listening)?.end().catch(() => {});
    },
  };
}

const storeKey = Symbol.for('kz-tracker.page-cache');

/** Where a feed's or the API's answer is kept: by its address, beside the pages (which are kept by path). */
export const representationKey = (/** @type {string} */ href) => `representation:${href}`;

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
