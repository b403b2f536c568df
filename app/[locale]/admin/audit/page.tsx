import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listAuditEntries, listAuditFilterChoices, parseAuditParams } from '@/lib/audit/queries';
import { pageAccess } from '@/lib/auth/page-access';
import { Link } from '@/lib/i18n/navigation';
import { AuditEntries } from '../../../_components/workspace/audit-entries';
import { AuditFilterForm, utcDayText } from '../../../_components/workspace/audit-filter-form';
import { Forbidden } from '../../../_components/workspace/forbidden';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('people.audit');
  return { title: t('title') };
}

export default async function AuditPage({ searchParams }: Props) {
  const { user, forbidden } = await pageAccess('ADMIN');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, choices] = await Promise.all([getTranslations('people.audit'), listAuditFilterChoices()]);
  const { filters, cursor } = parseAuditParams(await searchParams, { actorIds: choices.actors.map((actor) => actor.id), entityTypes: choices.entityTypes });
  const { entries, nextCursor } = await listAuditEntries(filters, cursor);
  const filterQuery = Object.fromEntries(
    Object.entries({ ...filters, from: utcDayText(filters.from), to: utcDayText(filters.to) }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );

  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('intro')}</p>
      <AuditFilterForm filters={filters} actors={choices.actors} entityTypes={choices.entityTypes} />
      <div className="mt-6">{entries.length === 0 ? <p>{t('empty')}</p> : <AuditEntries entries={entries} />}</div>
      {cursor || nextCursor ? (
        <nav aria-label={t('pages')} className="mt-4 flex gap-6">
          {cursor ? (
            <Link href={{ pathname: '/admin/audit', query: filterQuery }} className="underline">
              {t('newest')}
            </Link>
          ) : null}
          {nextCursor ? (
            <Link href={{ pathname: '/admin/audit', query: { ...filterQuery, cursor: nextCursor } }} className="underline">
              {t('older')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
