import { z } from '../validation/messages';
import { localeOfAddress } from '../i18n/routing';
import { signInSchema } from './sign-in.schema';

/** next-auth's own address that uses up a sign-in link's token and opens the session. */
export const signInCallbackPath = '/api/auth/callback/email';

/** What the emailed link carries: next-auth's token (64 hex digits), the address and where to land afterwards. */
export const signInLinkSchema = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/),
  email: signInSchema.shape.email,
  callbackUrl: z.string().max(2000),
});

export type SignInLink = z.infer<typeof signInLinkSchema>;

/**
 * The address the sign-in email links to: a page of the site that asks for one click before the token is used,
 * instead of next-auth's callback, which a mail scanner opening every link would use up before the person does.
 */
export function confirmationAddress(callbackAddress: string): string {
  const callback = new URL(callbackAddress);
  const link = Object.fromEntries(['token', 'email', 'callbackUrl'].map((name) => [name, callback.searchParams.get(name) ?? '']));
  return `${callback.origin}/${localeOfAddress(link.callbackUrl!)}/admin/sign-in/confirm?${new URLSearchParams(link)}`;
}
