import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from '../validation/messages';
import { databaseFault, type DatabaseFault } from '../database-faults';
import { unstorableFields } from '../validation/storable-text';
import { SafeError } from '../errors';
import { logError } from '../safe-log.mjs';
import { checkAccess, type WorkspaceUser } from '../auth/session';
import type { Role } from '../auth/roles';
import type { SubscriberTokenPurpose } from '../generated/prisma/enums';
import { clientIp } from '../rate-limit';
import { subscriberIdForToken } from '../subscriptions/tokens';

/** What a form sent, handed back with its errors so a page rendered without JavaScript keeps the input. */
export type SubmittedValues = Record<string, string | string[]>;

/** The one shape every form gets back: errors per field (validation keys) and a message. */
export type FormState<Data = undefined> = { ok?: boolean; errors?: Record<string, string[]>; message?: string; data?: Data; values?: SubmittedValues };

type Handler<Schema extends z.ZodType, Context, Data> = (input: z.output<Schema>, context: Context) => Promise<Data>;
type GenericErrors = (key: 'invalid' | 'unexpected' | DatabaseFault) => string;

/**
 * The core every wrapper shares: refuses text the database could not store as typed, validates the input with
 * the form's schema, turns SafeError into a message for the user, says so when PostgreSQL refused the write or
 * could not be reached, and hides any other error behind a generic one. Next's redirects and not-found pass through.
 */
async function validatedRun<Schema extends z.ZodType, Data>(
  schema: Schema,
  input: unknown,
  errors: GenericErrors,
  run: (input: z.output<Schema>) => Promise<Data>,
): Promise<FormState<Data>> {
  const unstorable = unstorableFields(input);
  if (unstorable.length > 0) return { errors: Object.fromEntries(unstorable.map((field) => [field, ['invalid']])), message: errors('invalid') };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, message: errors('invalid') };
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof SafeError) return { message: error.message, errors: error.fieldErrors };
    const fault = databaseFault(error);
    logError(fault ? `action failed (database ${fault})` : 'action failed', error);
    return { message: errors(fault ?? 'unexpected') };
  }
}

/** Wraps every server action of the workspace: checks the session and the role, then runs the shared core. */
export function workspaceAction<Schema extends z.ZodType, Data = undefined>(
  config: { role: Role; schema: Schema },
  handler: Handler<Schema, { user: WorkspaceUser }, Data>,
) {
  return async (input: unknown): Promise<FormState<Data>> => {
    const t = await getTranslations('workspace.errors');
    const access = await checkAccess(config.role);
    if (access.status === 'signed-out') return { message: t('signedOut') };
    if (access.status === 'forbidden') return { message: t('forbidden') };
    return validatedRun(config.schema, input, t, (parsed) => handler(parsed, { user: access.user }));
  };
}

/** A form's fields as an object; a name sent several times (checkboxes) becomes a list. Next's own fields are left out. */
function submittedValues(formData: FormData): SubmittedValues {
  const values: SubmittedValues = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith('$ACTION')) continue;
    const all = formData.getAll(name).filter((value): value is string => typeof value === 'string');
    values[name] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

/**
 * The signature React's useActionState gives a form's action, so the form also works without JavaScript (the
 * browser posts the form data; the page renders again with the returned state). On failure the input comes back.
 */
export type FormAction<Data = unknown> = (previous: unknown, input: FormData | SubmittedValues) => Promise<FormState<Data>>;

const formErrors = () => getTranslations('subscriptions.errors');
type FormErrors = Awaited<ReturnType<typeof formErrors>>;

function formAction<Data>(run: (values: SubmittedValues, errors: FormErrors) => Promise<FormState<Data>>): FormAction<Data> {
  return async (_previous, input) => {
    const t = await formErrors();
    const values = input instanceof FormData ? submittedValues(input) : (input ?? {});
    const state = await run(values, t);
    return state.ok ? state : { ...state, values };
  };
}

/** Wraps a server action open to anyone (the subscribe form): the client's network address is its context. */
export function publicAction<Schema extends z.ZodType, Data = undefined>(config: { schema: Schema }, handler: Handler<Schema, { ip: string }, Data>) {
  return formAction<Data>(async (values, errors) => {
    const ip = clientIp(await headers());
    return validatedRun(config.schema, values, errors, (parsed) => handler(parsed, { ip }));
  });
}

/**
 * Wraps a server action whose authority is a subscriber's link token, sent in the `token` field: it runs only for
 * a valid, unexpired, unrevoked token of that purpose, and answers the same whatever makes a token invalid.
 */
export function subscriberAction<Schema extends z.ZodType<{ token: string }>, Data = undefined>(
  config: { purpose: SubscriberTokenPurpose; schema: Schema },
  handler: Handler<Schema, { subscriberId: string }, Data>,
) {
  return formAction<Data>(async (values, errors) => {
    const subscriberId = typeof values.token === 'string' ? await subscriberIdForToken(values.token, config.purpose) : null;
    if (!subscriberId) return { message: errors('linkInvalid') };
    return validatedRun(config.schema, values, errors, (parsed) => handler(parsed, { subscriberId }));
  });
}
