import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { pageAccess } from '@/lib/auth/page-access';
import { listPendingInvitations, listUsers } from '@/lib/people/queries';
import { invitationLifetimeDays } from '@/lib/people/rules';
import { Forbidden } from '../../../_components/workspace/forbidden';
import { InviteForm } from '../../../_components/workspace/invite-form';
import { RevokeInvitationButton } from '../../../_components/workspace/revoke-invitation-button';
import { UserControls } from '../../../_components/workspace/user-controls';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('people');
  return { title: t('title') };
}

const cell = 'border-b border-stone-200 px-2 py-2 align-top';

export default async function PeoplePage() {
  const { user, forbidden } = await pageAccess('ADMIN');
  if (forbidden) return <Forbidden role={user.role} />;
  const [t, roleName, format, users, invitations] = await Promise.all([
    getTranslations('people'),
    getTranslations('workspace.roles'),
    getFormatter(),
    listUsers(),
    listPendingInvitations(),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeZone: 'UTC' });
  const instant = (date: Date) => `${format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-stone-700">{t('intro')}</p>
      </div>

      <section aria-labelledby="invite-heading" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="invite-heading" className="text-xl font-semibold">
          {t('invite.heading')}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t('invite.hint', { days: invitationLifetimeDays })}</p>
        <InviteForm />
      </section>

      <section aria-labelledby="users-heading">
        <h2 id="users-heading" className="text-xl font-semibold">
          {t('users.heading')}
        </h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className={cell}>{t('users.email')}</th>
                <th scope="col" className={cell}>{t('users.name')}</th>
                <th scope="col" className={cell}>{t('users.role')}</th>
                <th scope="col" className={cell}>{t('users.status')}</th>
                <th scope="col" className={cell}>{t('users.since')}</th>
                <th scope="col" className={cell}>{t('users.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((person) => (
                <tr key={person.id} data-user={person.email}>
                  <th scope="row" className={`${cell} font-medium break-all`}>
                    {person.email}
                  </th>
                  <td className={cell}>{person.name ?? '—'}</td>
                  <td className={cell}>{roleName(person.role)}</td>
                  <td className={cell}>{person.disabledAt ? t('users.disabledSince', { date: day(person.disabledAt) }) : t('users.active')}</td>
                  <td className={cell}>{day(person.createdAt)}</td>
                  <td className={cell}>
                    {person.id === user.id ? (
                      <p className="text-stone-700">{t('users.yourself')}</p>
                    ) : (
                      <UserControls userId={person.id} email={person.email} role={person.role} disabled={person.disabledAt !== null} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="text-xl font-semibold">
          {t('invitations.heading')}
        </h2>
        {invitations.length === 0 ? (
          <p className="mt-3">{t('invitations.empty')}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className={cell}>{t('invitations.email')}</th>
                  <th scope="col" className={cell}>{t('invitations.role')}</th>
                  <th scope="col" className={cell}>{t('invitations.invitedBy')}</th>
                  <th scope="col" className={cell}>{t('invitations.expires')}</th>
                  <th scope="col" className={cell}>{t('invitations.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id} data-invitation={invitation.email}>
                    <th scope="row" className={`${cell} font-medium break-all`}>
                      {invitation.email}
                    </th>
                    <td className={cell}>{roleName(invitation.role)}</td>
                    <td className={cell}>{invitation.invitedBy?.email ?? '—'}</td>
                    <td className={cell}>{instant(invitation.expiresAt)}</td>
                    <td className={cell}>
                      <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
