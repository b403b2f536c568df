import 'server-only';
import { revalidatePath } from 'next/cache';
import { locales } from '../i18n/routing';

/**
 * Marks a public address stale. Outside a request (the scheduler, tests) Next has no cache to revalidate and
 * throws; every public page is rendered per request, so nothing can be stale there.
 */
export function revalidate(path: string) {
  try {
    revalidatePath(path);
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('static generation store missing'))) throw error;
  }
}

/** The same page in every language ("/events" → "/en/events", "/fr/events", "/ru/events"). */
export function revalidateInEveryLanguage(path: string) {
  for (const locale of locales) revalidate(`/${locale}${path === '/' ? '' : path}`);
}
