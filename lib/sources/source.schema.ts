import { DatePrecision } from '../generated/prisma/enums';
import { z } from '../validation/messages';

export const sourceEditSchema = z.object({
  id: z.string().min(1).max(100),
  version: z.number().int().positive(),
  title: z.string().trim().min(1).max(500),
  summary: z.string().trim().max(5000),
  /** In the order the document names them. */
  issuerIds: z.array(z.string().min(1).max(100)).min(1).max(50),
  issuedOn: z.iso.date(),
  issuedOnPrecision: z.enum(DatePrecision),
  /** Not trimmed: quotes are checked against it word for word. */
  body: z.string().min(1).max(500000),
});

export type SourceEditInput = z.infer<typeof sourceEditSchema>;
export type SourceFormValues = Omit<SourceEditInput, 'id' | 'version'>;
