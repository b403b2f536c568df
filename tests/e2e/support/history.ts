import type { Page } from '@playwright/test';

/**
 * Goes back or forward one step as the browser's own buttons do (a traversal the page did not start), without
 * waiting for a navigation: the page may cancel it, which page.goBack() would wait for until it timed out.
 */
export async function traverseHistory(page: Page, step: -1 | 1) {
  const devtools = await page.context().newCDPSession(page);
  try {
    const { currentIndex, entries } = await devtools.send('Page.getNavigationHistory');
    const destination = entries[currentIndex + step];
    if (!destination) throw new Error(`no history entry ${step} step from ${page.url()}`);
    await devtools.send('Page.navigateToHistoryEntry', { entryId: destination.id });
  } finally {
    await devtools.detach();
  }
}
