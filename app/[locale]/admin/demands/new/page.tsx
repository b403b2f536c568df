import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { getDemandFormOptions } from '@/lib/demands/editor-queries';
import { DemandForm } from '../../../../_components/workspace/demand-form';
import { getEditingChoices } from '../../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { EditorPage } from '../../../../_components/workspace/editor-page';

export default async function NewDemandPage() {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, options, choices] = await Promise.all([getTranslations('records'), getDemandFormOptions(), getEditingChoices()]);
  return (
    <EditorPage back="/admin/demands" backLabel={t('demands.title')} title={t('demands.new')}>
      <DemandForm
        mode="create"
        options={{ ...options, languages: choices.languages }}
        defaultValues={{
          slug: '',
          text: '',
          language: 'fr',
          kind: 'DEMAND',
          status: 'PENDING',
          progressNote: '',
          campaignId: options.campaigns[0]?.value ?? '',
          issuedById: options.organisations[0]?.value ?? '',
          issuedOn: '',
          issuedOnPrecision: 'DAY',
          caseIds: [],
        }}
      />
    </EditorPage>
  );
}
