import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { getCaseFormOptions } from '@/lib/cases/editor-queries';
import { Link } from '@/lib/i18n/navigation';
import { getSourceOptions } from '@/lib/updates/editor-queries';
import { CaseForm } from '../../../../_components/workspace/case-form';
import { getEditingChoices } from '../../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../../_components/workspace/forbidden';

export default async function NewCasePage() {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, options, choices, documents] = await Promise.all([getTranslations('editing.cases'), getCaseFormOptions(), getEditingChoices(), getSourceOptions()]);
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/admin/cases" className="underline">
          {t('title')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <CaseForm
        mode="create"
        options={options}
        choices={choices}
        documents={documents}
        defaultValues={{
          kind: 'PERSON',
          name: '',
          slug: '',
          aliases: '',
          identityProtected: false,
          language: 'fr',
          summary: '',
          role: '',
          organisationId: '',
          campaignId: options.campaigns[0]?.value ?? '',
          groupId: '',
          placeOfDetention: '',
          letterAddress: '',
          charges: '',
          sentence: '',
          photoUrl: '',
          flags: [],
          firstUpdate: { title: '', body: '', language: 'fr', occurredOn: '', occurredOnPrecision: 'DAY', status: '', releaseKind: '', sources: [] },
        }}
      />
    </div>
  );
}
