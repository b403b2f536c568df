import { z } from 'zod';
import { CaseStatus, DemandStatus } from '../generated/prisma/enums';
import { decodeCursor } from './pagination';

/** A query parameter (or path parameter) the client got wrong; answered with 400 naming it. */
export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

const maxLimit = 100;
const defaultLimit = 25;

const slugPattern = /^[\p{L}\p{N}._-]{1,200}$/u;

/** Whether a path segment could be a slug at all (so that no odd bytes reach the database). */
export const isSlug = (value: string) => slugPattern.test(value);

const slug = (what: string) =>
  z.string().regex(slugPattern, { error: `must be the slug of a ${what}` }).optional().meta({ description: `Only those of this ${what} (its slug).` });

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;

const pageParameters = {
  limit: z.coerce
    .number({ error: `must be a whole number from 1 to ${maxLimit}` })
    .int({ error: `must be a whole number from 1 to ${maxLimit}` })
    .min(1, { error: `must be at least 1` })
    .max(maxLimit, { error: `must be at most ${maxLimit}` })
    .default(defaultLimit)
    .meta({ description: `How many items per page (1–${maxLimit}).` }),
  cursor: z
    .string()
    .max(500, { error: 'is not a cursor given by this API' })
    .transform((value, context) => {
      const cursor = decodeCursor(value);
      if (!cursor) context.addIssue({ code: 'custom', message: 'is not a cursor given by this API' });
      return cursor ?? z.NEVER;
    })
    .optional()
    .meta({ description: 'Where to continue: copy it from the `next` link of the previous page.' }),
  updatedSince: z.iso
    .datetime({ offset: true, error: 'must be an ISO 8601 date-time such as 2024-05-01T00:00:00Z' })
    .transform((value) => new Date(value))
    .optional()
    .meta({ description: 'Only items changed at or after this instant (ISO 8601 date-time with Z or an offset).' }),
};

export const caseListQuery = z.strictObject({
  ...pageParameters,
  campaign: slug('campaign'),
  status: z.enum(CaseStatus, { error: oneOf(Object.values(CaseStatus)) }).optional().meta({ description: 'Only cases with this current status.' }),
});

export const updateListQuery = z.strictObject({ ...pageParameters, case: slug('case') });

export const demandListQuery = z.strictObject({
  ...pageParameters,
  campaign: slug('campaign'),
  status: z.enum(DemandStatus, { error: oneOf(Object.values(DemandStatus)) }).optional().meta({ description: 'Only demands with this status.' }),
});

export const eventListQuery = z.strictObject({ ...pageParameters, campaign: slug('campaign') });

export const noQuery = z.strictObject({});

/** Reads the query string with a schema; throws a ParameterError naming the first parameter it refuses. */
export function parseQuery<Schema extends z.ZodObject>(schema: Schema, searchParams: URLSearchParams): z.output<Schema> {
  const values: Record<string, string> = {};
  for (const [name, value] of searchParams) {
    if (name in values) throw new ParameterError(name, `${name} is given more than once`);
    values[name] = value;
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(schema.shape);
    const name = issue.keys[0]!;
    throw new ParameterError(name, known.length ? `${name} is not a parameter of this address (known: ${known.join(', ')})` : `this address takes no parameters (got ${name})`);
  }
  const name = String(issue.path[0]);
  throw new ParameterError(name, `${name} ${issue.message}`);
}
