import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { listDemandsForEditing } from '@/lib/demands/editor-queries';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { RecordList } from '../../../_components/workspace/record-list';

export default async function WorkspaceDemandsPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, demands] = await Promise.all([getTranslations('records'), listDemandsForEditing()]);
  return (
    <RecordList
      title={t('demands.title')}
      canEdit={hasRole(user, 'ORGANIZER')}
      readOnlyLabel={t('readOnly')}
      newRecord={{ href: '/admin/demands/new', label: t('demands.new') }}
      publicPage={{ href: '/demands', label: t('demands.publicPage') }}
      columns={[t('demandForm.text'), t('demandForm.status'), t('demands.linkedCases'), t('lastChange')]}
      kind="demand"
      rows={demands.map((demand) => ({
        id: demand.id,
        slug: demand.slug,
        href: `/admin/demands/${demand.id}`,
        name: demand.text.length > 140 ? `${demand.text.slice(0, 140)}…` : demand.text,
        detail: `${t(`demandForm.kinds.${demand.kind}`)} · ${demand.campaign.title}`,
        cells: [t(`demandForm.statuses.${demand.status}`), demand._count.cases],
        updatedAt: demand.updatedAt,
      }))}
    />
  );
}
