import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { listUpdatesForEditing } from '@/lib/updates/editor-queries';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { UpdateList } from '../../../_components/workspace/update-list';

export default async function WorkspaceUpdatesPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, { pending, recent }] = await Promise.all([getTranslations('editing.updates'), listUpdatesForEditing()]);
  return (
    <div className="max-w-4xl space-y-8">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <section aria-labelledby="pending-heading" className="space-y-3">
        <h2 id="pending-heading" className="text-xl font-bold">
          {t('pending')}
        </h2>
        {pending.length === 0 ? <p>{t('nonePending')}</p> : <UpdateList updates={pending} />}
      </section>
      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-xl font-bold">
          {t('recent')}
        </h2>
        <UpdateList updates={recent} />
      </section>
    </div>
  );
}
