import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from '../validation/messages';
import { SafeError } from '../errors';
import { checkAccess, type WorkspaceUser } from '../auth/session';
import type { Role } from '../auth/roles';

/** The one shape every workspace form gets back: errors per field (validation keys) and a message. */
export type FormState<Data = undefined> = { ok?: boolean; errors?: Record<string, string[]>; message?: string; data?: Data };

type Handler<Schema extends z.ZodType, Data> = (input: z.output<Schema>, context: { user: WorkspaceUser }) => Promise<Data>;

/**
 * Wraps every server action of the workspace: checks the session and the role, validates the input with the
 * form's schema, turns SafeError into a message for the user and hides any other error behind a generic one.
 */
export function workspaceAction<Schema extends z.ZodType, Data = undefined>(
  config: { role: Role; schema: Schema },
  handler: Handler<Schema, Data>,
) {
  return async (input: unknown): Promise<FormState<Data>> => {
    const t = await getTranslations('workspace.errors');
    const access = await checkAccess(config.role);
    if (access.status === 'signed-out') return { message: t('signedOut') };
    if (access.status === 'forbidden') return { message: t('forbidden') };
    const parsed = config.schema.safeParse(input);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, message: t('invalid') };
    try {
      return { ok: true, data: await handler(parsed.data, { user: access.user }) };
    } catch (error) {
      if (error instanceof SafeError) return { message: error.message, errors: error.fieldErrors };
      console.error('workspace action failed', error);
      return { message: t('unexpected') };
    }
  };
}
