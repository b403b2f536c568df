import { slugSchema } from '../cases/case.schema';
import { countrySchema } from '../events/event.schema';
import { z } from '../validation/messages';

const organisationFields = {
  name: z.string().trim().min(1).max(200),
  slug: slugSchema,
  /** One per line, as aliasList() reads them. */
  aliases: z.string().trim().max(3000),
  country: countrySchema,
};

export const organisationCreateSchema = z.object(organisationFields);
export const organisationEditSchema = z.object({ ...organisationFields, id: z.string().min(1).max(100), version: z.number().int().positive() });

export type OrganisationFormValues = z.infer<typeof organisationCreateSchema>;
