import type { FormState } from '@/lib/actions/workspace-action';

/** What an action answered, announced to screen readers: its message on failure, `success` when it worked. */
export function FormOutcome({ state, success }: { state: FormState<unknown> | undefined; success?: string }) {
  if (state?.ok && success) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {success}
      </p>
    );
  }
  if (!state?.message || state.ok) return null;
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
      {state.message}
    </p>
  );
}
