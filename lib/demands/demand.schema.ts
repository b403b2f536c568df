import { DatePrecision, DemandKind, DemandStatus } from '../generated/prisma/enums';
import { locales } from '../i18n/routing';
import { slugSchema } from '../cases/case.schema';
import { z } from '../validation/messages';

const demandFields = {
  slug: slugSchema,
  text: z.string().trim().min(1).max(5000),
  language: z.enum(locales),
  kind: z.enum(DemandKind),
  status: z.enum(DemandStatus),
  progressNote: z.string().trim().max(2000),
  campaignId: z.string().min(1).max(100),
  issuedById: z.string().min(1).max(100),
  issuedOn: z.iso.date(),
  issuedOnPrecision: z.enum(DatePrecision),
  caseIds: z.array(z.string().min(1).max(100)).max(500),
};

export const demandCreateSchema = z.object(demandFields);
export const demandEditSchema = z.object({ ...demandFields, id: z.string().min(1).max(100), version: z.number().int().positive() });

export type DemandFormValues = z.infer<typeof demandCreateSchema>;
export type DemandEditInput = z.infer<typeof demandEditSchema>;
