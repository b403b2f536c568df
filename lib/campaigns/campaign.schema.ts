import { z } from '../validation/messages';

export const campaignEditSchema = z.object({
  id: z.string().min(1).max(100),
  version: z.number().int().positive(),
  title: z.string().trim().min(1).max(300),
  summary: z.string().trim().min(1).max(5000),
  position: z.number().int().min(0).max(10000),
});

export type CampaignEditInput = z.infer<typeof campaignEditSchema>;
export type CampaignFormValues = Omit<CampaignEditInput, 'id' | 'version'>;
