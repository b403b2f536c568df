import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import { InstantText } from './instant-text';

export type RecordRow = {
  id: string;
  slug: string;
  href: string;
  name: ReactNode;
  /** Language of the name as written, when it is content rather than interface text. */
  lang?: string;
  detail?: ReactNode;
  /** Cells shown before the name column (e.g. a position). */
  leading?: ReactNode[];
  cells: ReactNode[];
  updatedAt: Date;
};

type Props = {
  title: string;
  canEdit: boolean;
  readOnlyLabel: string;
  /** The "new record" link, for those who may edit; absent where records are not created here. */
  newRecord?: { href: string; label: string };
  publicPage?: { href: string; label: string };
  /** Column headings in order, the last-change column included. */
  columns: string[];
  /** Names the row's `data-<kind>` attribute, holding its slug (tests and scripts find rows by it). */
  kind: string;
  rows: RecordRow[];
};

/** The list page of one kind of record in the workspace: heading, "new" link or read-only note, table. */
export function RecordList({ title, canEdit, readOnlyLabel, newRecord, publicPage, columns, kind, rows }: Props) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{title}</h1>
        {!canEdit ? (
          <p className="text-sm text-stone-600">{readOnlyLabel}</p>
        ) : newRecord ? (
          <Link href={newRecord.href} className="rounded bg-red-800 px-4 py-2 font-medium text-white">
            {newRecord.label}
          </Link>
        ) : null}
      </div>
      {publicPage ? (
        <p className="text-sm">
          <Link href={publicPage.href} className="underline">
            {publicPage.label}
          </Link>
        </p>
      ) : null}
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            {columns.map((column) => (
              <th key={column} scope="col" className="p-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-stone-200" {...{ [`data-${kind}`]: row.slug }}>
              {row.leading?.map((cell, index) => (
                <td key={`leading-${index}`} className="p-2">
                  {cell}
                </td>
              ))}
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={row.href} className="font-medium underline" lang={row.lang}>
                  {row.name}
                </Link>
                {row.detail ? <span className="block text-xs text-stone-600">{row.detail}</span> : null}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className="p-2">
                  {cell}
                </td>
              ))}
              <td className="p-2">
                <InstantText date={row.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
