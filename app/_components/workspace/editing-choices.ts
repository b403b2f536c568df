import 'server-only';
import { getTranslations } from 'next-intl/server';
import { caseFlags, caseStatuses, releaseKinds } from '@/lib/cases/status';
import { locales } from '@/lib/i18n/routing';
import type { EditingChoices } from './choices';

/** Status, release, flag and language labels for the forms, translated on the server. */
export async function getEditingChoices(): Promise<EditingChoices> {
  const [status, common] = await Promise.all([getTranslations('status'), getTranslations('common')]);
  return {
    statuses: caseStatuses.map((value) => ({ value, label: status(`status.${value}`) })),
    releaseKinds: releaseKinds.map((value) => ({ value, label: status(`releaseKind.${value}`) })),
    flags: caseFlags.map((value) => ({ value, label: status(`flag.${value}`) })),
    languages: locales.map((value) => ({ value, label: common(`languageNames.${value}`) })),
  };
}
