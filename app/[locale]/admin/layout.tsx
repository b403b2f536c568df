import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { hasRole } from '@/lib/auth/roles';
import { Link } from '@/lib/i18n/navigation';
import { SignOutButton } from '../../_components/workspace/sign-out-button';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('workspace.nav');
  return { title: t('workspace'), robots: { index: false, follow: false } };
}

/** The workspace chrome. Access is checked by every page and action, never only here. */
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const [messages, t, user] = await Promise.all([getMessages(), getTranslations('workspace'), getCurrentUser()]);
  return (
    <NextIntlClientProvider messages={{ workspace: messages.workspace, validation: messages.validation, people: messages.people, editing: messages.editing, import: messages.import, records: messages.records, alerts: messages.alerts }}>
      <div className="space-y-6">
        {user ? (
          <nav aria-label={t('nav.workspace')} className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded bg-stone-800 px-4 py-2 text-sm text-white">
            <Link href="/admin" className="font-semibold">
              {t('nav.dashboard')}
            </Link>
            <Link href="/admin/cases">{t('nav.cases')}</Link>
            <Link href="/admin/updates">{t('nav.updates')}</Link>
            <Link href="/admin/demands">{t('nav.demands')}</Link>
            <Link href="/admin/events">{t('nav.events')}</Link>
            <Link href="/admin/campaigns">{t('nav.campaigns')}</Link>
            <Link href="/admin/organisations">{t('nav.organisations')}</Link>
            <Link href="/admin/sources">{t('nav.sources')}</Link>
            <Link href="/admin/import">{t('nav.import')}</Link>
            {hasRole(user, 'ADMIN') ? (
              <>
                <Link href="/admin/people">{t('nav.people')}</Link>
                <Link href="/admin/audit">{t('nav.audit')}</Link>
              </>
            ) : null}
            <Link href="/admin/mailbox">{t('nav.mailbox')}</Link>
            <span className="ml-auto">{t('nav.signedInAs', { email: user.email, role: t(`roles.${user.role}`) })}</span>
            <SignOutButton label={t('nav.signOut')} />
          </nav>
        ) : null}
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
