import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { signInRequestRefusal } from '@/lib/auth/sign-in-request';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** Link requests are rate limited per network address and per email before next-auth sees them. */
async function post(request: Request, context: Context) {
  const { nextauth } = await context.params;
  const refusal = nextauth.join('/') === 'signin/email' ? await signInRequestRefusal(request) : null;
  return refusal ?? handler(request, context);
}

export { handler as GET, post as POST };
