import 'server-only';
import type { Representation } from '../api/http';
import { entityTag } from '../api/open-data-http.mjs';
import { pageStore, representationKey } from './page-cache-handler.mjs';
import { publicRecordTag } from './revalidate';

const building = new Map<string, Promise<Representation | null>>();

/**
 * The feeds' and the API's answers, kept by address (a URL without its query string for feeds) in the public
 * pages' store and revalidated with them: built once per change to the public record, not once per request.
 * Requests for an address being built share the build. Absent answers (404) and failures are not kept. The web
 * server answers a kept copy itself when it can (lib/cache/kept-answers.mjs).
 */
export function cachedRepresentation(address: string, build: () => Promise<Representation | null>): Promise<Representation | null> {
  const key = representationKey(address);
  const store = pageStore();
  const cached = store.get(key) as { value: Representation } | null;
  if (cached) return Promise.resolve(cached.value);
  const underway = building.get(key);
  if (underway) return underway;
  const pending = (async () => {
    try {
      const built = await build();
      const representation = built && { ...built, etag: entityTag(built.body) };
      building.delete(key);
      store.set(key, representation, { tags: [publicRecordTag] });
      return representation;
    } catch (error) {
      building.delete(key);
      store.set(key, null);
      throw error;
    }
  })();
  building.set(key, pending);
  return pending;
}
