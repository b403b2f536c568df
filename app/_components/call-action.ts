import { unstable_rethrow } from 'next/navigation';
import type { FormState } from '@/lib/actions/workspace-action';

/**
 * Calls a server action from the browser. A call that gets no answer (no network, the server down, a deployment
 * that no longer knows the action, a body over the size limit) rejects: it is answered `{ message: unreachable }`,
 * which a form shows like any refusal, its input kept. Next's redirects and not-found, which reject too, go on.
 */
export async function callAction<Data>(call: () => Promise<FormState<Data>>, unreachable: string): Promise<FormState<Data>> {
  try {
    return await call();
  } catch (error) {
    unstable_rethrow(error);
    return { message: unreachable };
  }
}
