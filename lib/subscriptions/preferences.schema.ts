import { z } from '../validation/messages';
import { followsFields, withSomethingChosen } from './subscribe.schema';

/** The link token that is the authority of every action of a subscriber's pages. */
export const subscriberTokenSchema = z.object({ token: z.string().min(1).max(100) });

export const preferencesSchema = withSomethingChosen(subscriberTokenSchema.extend(followsFields));

export type PreferencesFormValues = z.input<typeof preferencesSchema>;
