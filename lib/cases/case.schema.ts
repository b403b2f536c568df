import { CaseFlag, CaseKind } from '../generated/prisma/enums';
import { locales } from '../i18n/routing';
import { normalizeSearchText } from '../search/normalize';
import { updateContentSchema } from '../updates/update.schema';
import { z } from '../validation/messages';

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A record's public address: readable lower-case words and digits joined by "-". */
export const slugSchema = z.string().trim().min(1).max(100).regex(slugPattern, { message: 'slugFormat' });

/** One alias per line; blank lines and repeats do not count. */
export function aliasList(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
}

/**
 * The words of a protected person's name and aliases found in a slug, in any script (Курамшин is found as
 * "kuramshin"). Words of four letters or more are also found inside a slug word and with their last letters
 * changed ("sokolovoy" for Sokolova), as names are inflected.
 */
export function namesInSlug(slug: string, names: string[]): string[] {
  const slugWords = slug.split('-');
  const joined = slugWords.join('');
  const nameWords = [...new Set(names.flatMap((name) => normalizeSearchText(name).split(' ')).filter((word) => word.length >= 2))];
  return nameWords.filter((word) => {
    if (slugWords.includes(word)) return true;
    if (word.length < 4) return false;
    return joined.includes(word.slice(0, Math.max(4, word.length - 2)));
  });
}

const optionalText = (max: number) => z.string().trim().max(max);
const isHttpsUrl = (value: string) => URL.canParse(value) && new URL(value).protocol === 'https:';

const caseFields = {
  kind: z.enum(CaseKind),
  name: z.string().trim().min(1).max(200),
  slug: slugSchema,
  aliases: optionalText(3000),
  identityProtected: z.boolean(),
  language: z.enum(locales),
  summary: optionalText(5000),
  role: optionalText(500),
  organisationId: z.string().max(100),
  campaignId: z.string().min(1).max(100),
  groupId: z.string().max(100),
  placeOfDetention: optionalText(500),
  letterAddress: optionalText(1000),
  charges: optionalText(2000),
  sentence: optionalText(1000),
  photoUrl: optionalText(1000).refine((value) => value === '' || isHttpsUrl(value), { message: 'url' }),
  flags: z.array(z.enum(CaseFlag)),
};

type CaseFields = z.infer<z.ZodObject<typeof caseFields>>;

/** Slugs are public addresses: a protected person's must not spell any part of their name. */
function protectedSlugRule(value: CaseFields, context: z.RefinementCtx) {
  if (value.identityProtected && namesInSlug(value.slug, [value.name, ...aliasList(value.aliases)]).length > 0) {
    context.addIssue({ code: 'custom', path: ['slug'], message: 'slugNamesProtectedPerson' });
  }
}

export const caseEditSchema = z
  .object({ ...caseFields, id: z.string().min(1).max(100), version: z.number().int().positive() })
  .superRefine(protectedSlugRule);

/**
 * A new case is public as soon as it exists, so its status comes with it: the first update, published in the
 * same transaction, sets it (statuses only ever come from published updates).
 */
export const caseCreateSchema = z
  .object({ ...caseFields, firstUpdate: updateContentSchema.extend({ status: updateContentSchema.shape.status.exclude(['']) }) })
  .superRefine(protectedSlugRule);

export type CaseEditInput = z.infer<typeof caseEditSchema>;
export type CaseCreateInput = z.infer<typeof caseCreateSchema>;
/** What the case form holds, without the first update of a new case. */
export type CaseFormValues = Omit<CaseEditInput, 'id' | 'version'>;

/** A new case's form before anything is typed: every optional field blank. */
export const blankCaseFields = {
  kind: 'PERSON',
  name: '',
  slug: '',
  aliases: '',
  identityProtected: false,
  language: 'fr',
  summary: '',
  role: '',
  organisationId: '',
  campaignId: '',
  groupId: '',
  placeOfDetention: '',
  letterAddress: '',
  charges: '',
  sentence: '',
  photoUrl: '',
  flags: [],
} satisfies CaseFormValues;
