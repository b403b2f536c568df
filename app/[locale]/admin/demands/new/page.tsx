import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { getDemandFormOptions } from '@/lib/demands/editor-queries';
import { Link } from '@/lib/i18n/navigation';
import { DemandForm } from '../../../../_components/workspace/demand-form';
import { getEditingChoices } from '../../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../../_components/workspace/forbidden';

export default async function NewDemandPage() {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, options, choices] = await Promise.all([getTranslations('records'), getDemandFormOptions(), getEditingChoices()]);
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/admin/demands" className="underline">
          {t('demands.title')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('demands.new')}</h1>
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
    </div>
  );
}
