import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { blankCaseFields } from '@/lib/cases/case.schema';
import { getCaseFormOptions } from '@/lib/cases/editor-queries';
import { getSourceOptions } from '@/lib/updates/editor-queries';
import { CaseForm } from '../../../../_components/workspace/case-form';
import { getEditingChoices } from '../../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../../_components/workspace/forbidden';
import { EditorPage } from '../../../../_components/workspace/editor-page';

export default async function NewCasePage() {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, options, choices, documents] = await Promise.all([getTranslations('editing.cases'), getCaseFormOptions(), getEditingChoices(), getSourceOptions()]);
  return (
    <EditorPage back="/admin/cases" backLabel={t('title')} title={t('newTitle')}>
      <CaseForm
        mode="create"
        options={options}
        choices={choices}
        documents={documents}
        defaultValues={{
          ...blankCaseFields,
          campaignId: options.campaigns[0]?.value ?? '',
          firstUpdate: { title: '', body: '', language: 'fr', occurredOn: '', occurredOnPrecision: 'DAY', status: '', releaseKind: '', sources: [] },
        }}
      />
    </EditorPage>
  );
}
