import 'server-only';
import { allowSignInForEmail, allowSignInFromIp, clientIp } from '../rate-limit';
import { normalizeEmail } from './access';
import { signInSchema } from './sign-in.schema';

/**
 * The address a sign-in link may be sent to, as next-auth's identifier: the form's address, trimmed and
 * lower-cased; anything that is no address is refused before any lookup (next-auth then shows its error page).
 */
export function signInIdentifier(email: string): string {
  const parsed = signInSchema.shape.email.safeParse(normalizeEmail(email));
  if (!parsed.success) throw new Error('sign-in refused: not an email address');
  return parsed.data;
}

/**
 * A 429 answer when link requests from this network address, or for this email address, went over their limits;
 * null when the request may go on. A body that holds no address counts against the network address only.
 */
export async function signInRequestRefusal(request: Request): Promise<Response | null> {
  const form = await request.clone().formData().catch(() => null);
  const email = signInSchema.shape.email.safeParse(normalizeEmail(String(form?.get('email') ?? '')));
  const allowed = (await allowSignInFromIp(clientIp(request.headers))) && (!email.success || (await allowSignInForEmail(email.data)));
  return allowed ? null : Response.json({ error: 'Too many sign-in requests. Wait a quarter of an hour and try again.' }, { status: 429 });
}
