'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { workspaceAction } from '../actions/workspace-action';
import { db } from '../db';
import { sendEmail } from '../email/send';
import { SafeError } from '../errors';
import type { Locale } from '../i18n/routing';
import { allowTestSend } from '../rate-limit';
import { composeTestAlert } from './compose';
import { testSendSchema } from './test-send.schema';

/** Sends the organizer the alert of an update (draft or published) as its followers get it, in the workspace language. */
export const sendTestAlert = workspaceAction({ role: 'ORGANIZER', schema: testSendSchema }, async ({ updateId }, { user }) => {
  const t = await getTranslations('alerts.testSend');
  const exists = await db.update.count({ where: { id: updateId } });
  if (!exists) throw new SafeError(t('notFound'));
  if (!(await allowTestSend(user.id))) throw new SafeError(t('tooMany'));
  const email = await composeTestAlert(updateId, (await getLocale()) as Locale);
  if ((await sendEmail({ ...email, to: user.email })) === 'suppressed') throw new SafeError(t('suppressed'));
  return { sentTo: user.email };
});
