import { slugSchema } from '../cases/case.schema';
import { locales } from '../i18n/routing';
import { z } from '../validation/messages';

const campaignFields = {
  title: z.string().trim().min(1).max(300),
  summary: z.string().trim().min(1).max(5000),
  position: z.number().int().min(0).max(10000),
};

/** A new campaign also gets its public address and the language its title and summary are written in. */
export const campaignCreateSchema = z.object({ slug: slugSchema, language: z.enum(locales), ...campaignFields });
export const campaignEditSchema = z.object({ id: z.string().min(1).max(100), version: z.number().int().positive(), ...campaignFields });

export type CampaignCreateInput = z.infer<typeof campaignCreateSchema>;
export type CampaignEditInput = z.infer<typeof campaignEditSchema>;
export type CampaignFormValues = Omit<CampaignEditInput, 'id' | 'version'>;
