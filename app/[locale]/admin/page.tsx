import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { countUpdatesByState } from '@/lib/workspace/queries';
import { Forbidden } from '../../_components/workspace/forbidden';

export default async function DashboardPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, counts] = await Promise.all([getTranslations('workspace.dashboard'), countUpdatesByState()]);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <dl className="mt-4 grid grid-cols-3 gap-4">
        {(['DRAFT', 'SCHEDULED', 'PUBLISHED'] as const).map((state) => (
          <div key={state} className="rounded border border-stone-200 bg-white p-4">
            <dt className="text-sm text-stone-600">{t(state === 'DRAFT' ? 'drafts' : state === 'SCHEDULED' ? 'scheduled' : 'published')}</dt>
            <dd className="text-2xl font-bold">{counts[state] ?? 0}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
