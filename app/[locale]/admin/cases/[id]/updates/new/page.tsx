import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { asLocale, getCaseForNewUpdate, getSourceOptions } from '@/lib/updates/editor-queries';
import { schedulingTimeZones } from '@/lib/updates/schedule-time';
import { getEditingChoices } from '../../../../../../_components/workspace/editing-choices';
import { Forbidden } from '../../../../../../_components/workspace/forbidden';
import { UpdateForm } from '../../../../../../_components/workspace/update-form';
import { EditorPage } from '../../../../../../_components/workspace/editor-page';

type Props = { params: Promise<{ id: string }> };

export default async function NewUpdatePage({ params }: Props) {
  const { user, forbidden } = await pageAccess('ORGANIZER');
  if (forbidden) return <Forbidden role={user.role} />;
  const { id } = await params;
  const subject = await getCaseForNewUpdate(id);
  if (!subject) notFound();
  const [t, choices, documents] = await Promise.all([getTranslations('editing'), getEditingChoices(), getSourceOptions()]);
  return (
    <EditorPage back={`/admin/cases/${subject.id}`} backLabel={subject.name} title={t('updates.newTitle', { name: subject.name })}>
      <UpdateForm
        target={{ mode: 'create', caseId: subject.id }}
        choices={choices}
        documents={documents}
        timeZones={schedulingTimeZones()}
        defaultValues={{
          title: '',
          body: '',
          language: asLocale(subject.language),
          occurredOn: new Date().toISOString().slice(0, 10),
          occurredOnPrecision: 'DAY',
          status: '',
          releaseKind: '',
          sources: [],
        }}
      />
    </EditorPage>
  );
}
