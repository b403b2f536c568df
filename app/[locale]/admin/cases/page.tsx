import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { hasRole } from '@/lib/auth/roles';
import { listCasesForEditing } from '@/lib/cases/editor-queries';
import { StatusBadge } from '../../../_components/status-badge';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { RecordList } from '../../../_components/workspace/record-list';

export default async function WorkspaceCasesPage() {
  const { user, forbidden } = await pageAccess('REVIEWER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, cases] = await Promise.all([getTranslations('editing.cases'), listCasesForEditing()]);
  return (
    <RecordList
      title={t('title')}
      canEdit={hasRole(user, 'ORGANIZER')}
      readOnlyLabel={t('readOnly')}
      newRecord={{ href: '/admin/cases/new', label: t('new') }}
      columns={[t('name'), t('status'), t('protected'), t('unpublished'), t('lastChange')]}
      kind="case"
      rows={cases.map((subject) => ({
        id: subject.id,
        slug: subject.slug,
        href: `/admin/cases/${subject.id}`,
        name: subject.name,
        detail: `${subject.kind === 'GROUP' ? `${t('group')} · ` : ''}${subject.campaign.title}`,
        cells: [
          <StatusBadge key="status" status={subject.status} releaseKind={subject.releaseKind} />,
          subject.identityProtected ? t('protectedYes') : '',
          subject._count.updates > 0 ? t('unpublishedCount', { count: subject._count.updates }) : '',
        ],
        updatedAt: subject.updatedAt,
      }))}
    />
  );
}
