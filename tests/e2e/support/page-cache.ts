import { createPageStore } from '../../../lib/cache/page-cache-handler.mjs';

/**
 * For tests that write the public record straight into the database (not through the app, which revalidates by
 * itself): the app's cached public pages are revalidated the way another web process would do it, and the
 * notification is given a moment to arrive.
 */
export async function revalidatePublicPages() {
  await createPageStore({ maxBytes: 1, shareWith: process.env.DATABASE_URL, log: () => {} }).revalidate(['_N_T_/layout']);
  await new Promise((resolve) => setTimeout(resolve, 250));
}
