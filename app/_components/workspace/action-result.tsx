/** What an action answered: a confirmation, or why nothing was saved. */
export type ActionOutcome = { ok: boolean; text: string } | null;

export function ActionResult({ outcome }: { outcome: ActionOutcome }) {
  if (!outcome?.text) return null;
  return outcome.ok ? (
    <p role="status" className="text-sm text-green-800">
      {outcome.text}
    </p>
  ) : (
    <p role="alert" className="text-sm text-red-800">
      {outcome.text}
    </p>
  );
}
