import { DatePrecision } from '../generated/prisma/enums';
import { locales } from '../i18n/routing';
import { z } from '../validation/messages';

/** Step 1: the statement as pasted or read from a file, with what is known about it. */
export const statementSchema = z.object({
  title: z.string().trim().min(1).max(300),
  organisationId: z.string().min(1).max(100),
  issuedOn: z.iso.date(),
  issuedOnPrecision: z.enum(DatePrecision),
  language: z.enum(locales),
  body: z.string().trim().min(1).max(200_000),
});

export type StatementInput = z.infer<typeof statementSchema>;
