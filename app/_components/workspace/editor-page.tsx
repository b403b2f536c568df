import { Link } from '@/lib/i18n/navigation';

/** The frame of a workspace editor: a link back to its list, the title, then the form. */
export function EditorPage({ back, backLabel, title, children }: { back: string; backLabel: string; title: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href={back} className="underline">
          {backLabel}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </div>
  );
}
