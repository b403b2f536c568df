'use client';

import { useFormatter, useTranslations } from 'next-intl';

export type ConflictRow = { name: string; label: string; theirs: string; yours: string };

type Props = {
  changedAt: string;
  rows: ConflictRow[];
  /** Why saving over theirs is not possible (e.g. the draft was published meanwhile); null when it is. */
  blockedReason?: string | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/**
 * Someone saved the same record since this form was opened: nothing was written. Both versions, field by field,
 * so the person can reconcile them; what they typed stays in the form.
 */
export function ConflictNotice({ changedAt, rows, blockedReason, onKeepMine, onTakeTheirs }: Props) {
  const t = useTranslations('editing.conflict');
  const format = useFormatter();
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="space-y-3 rounded border border-amber-400 bg-amber-50 p-4" data-testid="conflict">
      <h2 id="conflict-heading" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p>{t('body', { changedAt: format.dateTime(new Date(changedAt), { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }) })}</p>
      {rows.length > 0 ? (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="border-b border-amber-300 p-2">
                {t('field')}
              </th>
              <th scope="col" className="border-b border-amber-300 p-2">
                {t('theirs')}
              </th>
              <th scope="col" className="border-b border-amber-300 p-2">
                {t('yours')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name} data-field={row.name} className="align-top">
                <th scope="row" className="border-b border-amber-200 p-2 text-left font-medium">
                  {row.label}
                </th>
                <td className="whitespace-pre-wrap break-words border-b border-amber-200 p-2" data-version="theirs">
                  {row.theirs || t('empty')}
                </td>
                <td className="whitespace-pre-wrap break-words border-b border-amber-200 p-2" data-version="yours">
                  {row.yours || t('empty')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('sameValues')}</p>
      )}
      {blockedReason ? <p className="font-medium">{blockedReason}</p> : null}
      <div className="flex flex-wrap gap-3">
        {blockedReason ? null : (
          <button type="button" onClick={onKeepMine} className="rounded bg-red-800 px-4 py-2 font-medium text-white">
            {t('keepMine')}
          </button>
        )}
        <button type="button" onClick={onTakeTheirs} className="rounded border border-stone-500 px-4 py-2 font-medium">
          {t('takeTheirs')}
        </button>
      </div>
    </section>
  );
}

/** The rows of the fields whose values differ, each shown as text by `display`. */
export function conflictRows<Values extends Record<string, unknown>>(
  fields: { name: keyof Values & string; label: string }[],
  theirs: Values,
  yours: Values,
  display: (name: keyof Values & string, value: unknown) => string,
): ConflictRow[] {
  return fields
    .map(({ name, label }) => ({ name, label, theirs: display(name, theirs[name]), yours: display(name, yours[name]) }))
    .filter((row) => row.theirs !== row.yours);
}
