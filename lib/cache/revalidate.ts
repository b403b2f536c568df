import 'server-only';
import { revalidatePath } from 'next/cache';
import { pageStore } from './page-cache-handler.mjs';

/** The tag Next gives everything rendered under the root layout (every cached page), also given to cached open data. */
export const publicRecordTag = '_N_T_/layout';

/**
 * After any change to what the public sees, every cached public page and feed is rendered again on its next
 * visit. They are few and changes are rare, so nothing is finer-grained: no page can be forgotten (a case's name
 * shows on the home page, the directory, demands, actions, sources and feeds).
 * In a request (server actions) Next also tells the organizer's browser; outside one (the scheduler) the
 * process's page cache is told directly.
 */
export function revalidatePublicRecord() {
  try {
    revalidatePath('/', 'layout');
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('static generation store missing'))) throw error;
    void pageStore().revalidate([publicRecordTag]);
  }
}
