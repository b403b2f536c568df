import 'server-only';
import { after } from 'next/server';

/** Runs `task` once the response has left; outside a request (scripts, tests) it runs at once and is awaited. */
export async function afterResponse(task: () => Promise<void>) {
  try {
    after(task);
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('outside a request scope'))) throw error;
    await task();
  }
}
