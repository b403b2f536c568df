import { notFound, redirect } from 'next/navigation';
import { describe, expect, it } from 'vitest';
import { callAction } from '@/app/_components/call-action';

const unreachable = 'No answer came from the server, so this may not have been saved.';
const rejecting = (error: unknown) => () => Promise.reject(error);

describe('a server action called from a form', () => {
  it('gives its answer as it is, a refusal included', async () => {
    expect(await callAction(() => Promise.resolve({ ok: true, data: { id: 'c1' } }), unreachable)).toEqual({ ok: true, data: { id: 'c1' } });
    const refusal = { message: 'Some fields need attention; nothing was saved.', errors: { summary: ['tooLong'] } };
    expect(await callAction(() => Promise.resolve(refusal), unreachable)).toEqual(refusal);
  });

  it('answers with the message when the call gets no answer, whatever the reason', async () => {
    const failures = [
      new TypeError('Failed to fetch'),
      Object.assign(new Error('Server Action "7f00" was not found on the server.'), { name: 'UnrecognizedActionError' }),
      new Error('Body exceeded 1 MB limit.'),
      'not even an error',
    ];
    for (const failure of failures) expect(await callAction(rejecting(failure), unreachable)).toEqual({ message: unreachable });
  });

  it("lets Next's redirects and not-found through", async () => {
    const thrown = (run: () => never) => {
      try {
        run();
      } catch (error) {
        return error;
      }
    };
    const redirection = thrown(() => redirect('/en/admin/cases'));
    await expect(callAction(rejecting(redirection), unreachable)).rejects.toBe(redirection);
    const missing = thrown(() => notFound());
    await expect(callAction(rejecting(missing), unreachable)).rejects.toBe(missing);
    // How an action's notFound() reaches the browser: the server's digest on a new error.
    const fromServer = Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;404'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    await expect(callAction(rejecting(fromServer), unreachable)).rejects.toBe(fromServer);
  });
});
