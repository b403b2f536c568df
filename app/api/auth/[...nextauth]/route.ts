import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { allowSignInForEmail, allowSignInFromIp, clientIp } from '@/lib/rate-limit';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** Link requests are rate limited per network address and per email before next-auth sees them. */
async function post(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join('/') === 'signin/email') {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get('email') ?? '').trim().toLowerCase();
    const allowed = (await allowSignInFromIp(clientIp(request.headers))) && (email === '' || (await allowSignInForEmail(email)));
    if (!allowed) {
      return Response.json({ error: 'Too many sign-in requests. Wait a quarter of an hour and try again.' }, { status: 429 });
    }
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
