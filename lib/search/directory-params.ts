import { z } from 'zod';
import { CaseStatus } from '../generated/prisma/enums';
import { maxQueryLength } from './normalize';

export type SearchParams = Record<string, string | string[] | undefined>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const allValues = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The /cases address: ?q=…&status=DETAINED&status=CHARGED&campaign=<slug>&deprived=1. Whatever cannot be used
 * (an unknown status or campaign, an overlong query, a repeated single value) is dropped, never an error.
 */
export function parseDirectoryParams(params: SearchParams, campaignSlugs: readonly string[]) {
  const schema = z.object({
    q: z.preprocess(firstValue, z.string().trim().min(1).max(maxQueryLength)).optional().catch(undefined),
    status: z.preprocess(
      allValues,
      z.array(z.enum(CaseStatus).optional().catch(undefined)).transform((statuses) => [...new Set(statuses.filter((status) => status !== undefined))]),
    ),
    campaign: z.preprocess(firstValue, z.string().refine((slug) => campaignSlugs.includes(slug))).optional().catch(undefined),
    deprived: z.preprocess(firstValue, z.literal('1')).optional().catch(undefined).transform(Boolean),
  });
  const { q, status, campaign, deprived } = schema.parse(params);
  return { query: q, statuses: status, campaign, deprivedOfLiberty: deprived };
}

export type DirectoryParams = ReturnType<typeof parseDirectoryParams>;
