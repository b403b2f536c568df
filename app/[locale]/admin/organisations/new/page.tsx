import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { EditorPage } from '../../../../_components/workspace/editor-page';
import { OrganisationForm } from '../../../../_components/workspace/organisation-form';

export default async function NewOrganisationPage() {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const t = await getTranslations('records');
  return (
    <EditorPage back="/admin/organisations" backLabel={t('organisations.title')} title={t('organisations.new')}>
      <OrganisationForm mode="create" defaultValues={{ name: '', slug: '', aliases: '', country: '' }} readOnly={false} />
    </EditorPage>
  );
}
