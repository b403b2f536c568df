'use server';

import { getTranslations } from 'next-intl/server';
import { workspaceAction } from '../actions/workspace-action';
import { audit } from '../audit/log';
import { db } from '../db';
import { env } from '../env';
import { SafeError } from '../errors';
import { logError } from '../safe-log.mjs';
import { isSuppressed } from '../suppressions/suppressions';
import { changeRoleSchema } from './change-role.schema';
import { sendInvitationEmail } from './invitation-email';
import { inviteSchema } from './invite.schema';
import { revokeInvitationSchema } from './revoke-invitation.schema';
import { invitationExpiry, lockActiveAdminIds, lockAddress, pendingInvitationWhere } from './rules';
import { userAccessSchema } from './user-access.schema';

const peopleErrors = () => getTranslations('people.errors');

export const inviteAction = workspaceAction({ role: 'ADMIN', schema: inviteSchema }, async ({ email, role, language }, { user }) => {
  const t = await peopleErrors();
  const refuse = (reason: string) => new SafeError(t('checkEmail'), { email: [reason] });
  const now = new Date();
  // The email goes out inside the transaction: when it cannot be sent, no invitation (and no audit entry) remains.
  await db.$transaction(
    async (tx) => {
      await lockAddress(tx, email);
      const account = await tx.user.findUnique({ where: { email }, select: { disabledAt: true } });
      if (account) throw refuse(account.disabledAt ? t('disabledUser') : t('alreadyUser'));
      if (env.ADMIN_EMAILS.includes(email)) throw refuse(t('bootstrapAdmin'));
      if (await tx.invitation.findFirst({ where: { email, ...pendingInvitationWhere(now) }, select: { id: true } })) throw refuse(t('alreadyInvited'));
      if (await isSuppressed(email)) throw refuse(t('suppressed'));

      const invitation = await tx.invitation.create({
        data: { email, role, invitedById: user.id, createdAt: now, expiresAt: invitationExpiry(now) },
        select: { id: true, expiresAt: true },
      });
      await audit(
        { actorId: user.id, action: 'invitation.create', entityType: 'Invitation', entityId: invitation.id, after: { email, role, expiresAt: invitation.expiresAt.toISOString() } },
        tx,
      );
      try {
        await sendInvitationEmail({ email, role, invitedBy: user.email, expiresAt: invitation.expiresAt, language });
      } catch (error) {
        logError('invitation email failed', error);
        throw new SafeError(t('emailFailed'));
      }
    },
    { timeout: 20_000 },
  );
  return { email };
});

export const revokeInvitationAction = workspaceAction({ role: 'ADMIN', schema: revokeInvitationSchema }, async ({ invitationId }, { user }) => {
  const t = await peopleErrors();
  const now = new Date();
  return db.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({ where: { id: invitationId, ...pendingInvitationWhere(now) }, data: { revokedAt: now } });
    if (revoked.count === 0) throw new SafeError(t('invitationNotPending'));
    await audit(
      { actorId: user.id, action: 'invitation.revoke', entityType: 'Invitation', entityId: invitationId, before: { revokedAt: null }, after: { revokedAt: now.toISOString() } },
      tx,
    );
  });
});

export const changeRoleAction = workspaceAction({ role: 'ADMIN', schema: changeRoleSchema }, async ({ userId, role }, { user }) => {
  const t = await peopleErrors();
  return db.$transaction(async (tx) => {
    const activeAdminIds = await lockActiveAdminIds(tx);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!target) throw new SafeError(t('userNotFound'));
    if (target.role === role) return;
    if (userId === user.id) throw new SafeError(t('ownRole'));
    if (activeAdminIds.includes(userId) && activeAdminIds.length === 1) throw new SafeError(t('lastAdmin'));
    await tx.user.update({ where: { id: userId }, data: { role } });
    await audit({ actorId: user.id, action: 'user.role', entityType: 'User', entityId: userId, before: { role: target.role }, after: { role } }, tx);
  });
});

export const disableUserAction = workspaceAction({ role: 'ADMIN', schema: userAccessSchema }, async ({ userId }, { user }) => {
  const t = await peopleErrors();
  return db.$transaction(async (tx) => {
    const activeAdminIds = await lockActiveAdminIds(tx);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!target) throw new SafeError(t('userNotFound'));
    if (target.disabledAt) return;
    if (userId === user.id) throw new SafeError(t('disableSelf'));
    if (activeAdminIds.includes(userId) && activeAdminIds.length === 1) throw new SafeError(t('lastAdmin'));
    const disabledAt = new Date();
    await tx.user.update({ where: { id: userId }, data: { disabledAt } });
    await tx.session.deleteMany({ where: { userId } });
    await audit(
      { actorId: user.id, action: 'user.disable', entityType: 'User', entityId: userId, before: { disabledAt: null }, after: { disabledAt: disabledAt.toISOString() } },
      tx,
    );
  });
});

export const enableUserAction = workspaceAction({ role: 'ADMIN', schema: userAccessSchema }, async ({ userId }, { user }) => {
  const t = await peopleErrors();
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!target) throw new SafeError(t('userNotFound'));
    if (!target.disabledAt) return;
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
    await audit(
      { actorId: user.id, action: 'user.enable', entityType: 'User', entityId: userId, before: { disabledAt: target.disabledAt.toISOString() }, after: { disabledAt: null } },
      tx,
    );
  });
});
