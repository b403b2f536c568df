import { SubscriptionFrequency } from '../generated/prisma/enums';
import { locales } from '../i18n/routing';
import { z } from '../validation/messages';

/** A group of checkboxes: absent or unticked (react-hook-form gives false) is none, one ticked box a lone value. */
const checkedValues = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : []),
  z.array(z.string().min(1).max(200)).max(500),
);
/** One checkbox, sent as "1" by the browser or true by react-hook-form. */
const checkbox = z.preprocess((value) => value === true || value === '1' || value === 'on', z.boolean());

/** What a subscriber follows, how often and in which language: the part the preferences page edits too. */
export const followsFields = {
  locale: z.enum(locales),
  scope: z.enum(['everything', 'chosen']),
  campaigns: checkedValues,
  cases: checkedValues,
  events: checkbox,
  frequency: z.enum(SubscriptionFrequency),
};

type Follows = { scope: 'everything' | 'chosen'; campaigns: string[]; cases: string[]; events: boolean };

/** "Only what I choose" needs at least one choice (the error is a key of subscriptions.errors). */
export const withSomethingChosen = <Schema extends z.ZodType<Follows>>(schema: Schema) =>
  schema.refine((follows) => follows.scope === 'everything' || follows.campaigns.length + follows.cases.length > 0 || follows.events, {
    path: ['scope'],
    error: 'nothingChosen',
  });

export const subscribeSchema = withSomethingChosen(
  z.object({
    email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
    ...followsFields,
    /** The honeypot: hidden from people and screen readers, so only scripts fill it. */
    homepage: z.string().max(1000).optional(),
    humanCheck: z.string().max(200).optional(),
  }),
);

export type SubscribeFormValues = z.input<typeof subscribeSchema>;
export type SubscribeInput = z.output<typeof subscribeSchema>;
export type FollowsInput = Pick<SubscribeInput, keyof typeof followsFields>;
