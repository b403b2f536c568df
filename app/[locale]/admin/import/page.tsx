import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { getCaseFormOptions } from '@/lib/cases/editor-queries';
import { getEditingChoices } from '../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { StatementImport } from '../../../_components/workspace/statement-import';

export default async function ImportPage() {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, options, choices] = await Promise.all([getTranslations('import'), getCaseFormOptions(), getEditingChoices()]);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-stone-700">{t('intro')}</p>
      <StatementImport options={{ organisations: options.organisations, campaigns: options.campaigns, languages: choices.languages }} />
    </div>
  );
}
