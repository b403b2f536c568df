import 'server-only';
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { NextAuthOptions } from 'next-auth';
import type { Adapter, AdapterUser } from 'next-auth/adapters';
import { afterResponse } from '../after-response';
import { audit } from '../audit/log';
import { db } from '../db';
import { composeLinkMessage } from '../email/link-message-email';
import { sendEmail } from '../email/send';
import SignInLinkEmail from '../email/templates/sign-in-link';
import { env } from '../env';
import type { Role } from '../generated/prisma/enums';
import { localeOfAddress } from '../i18n/routing';
import { keyedHash } from '../security/keyed-hash';
import { hashToken } from '../subscriptions/tokens';
import { claimRoleForNewUser, maySignIn, normalizeEmail } from './access';
import { confirmationAddress } from './sign-in-link';
import { signInIdentifier } from './sign-in-request';

const magicLinkMinutes = 15;

/**
 * Prisma's adapter, except that a user is only created with a role (bootstrap admin or invitee), and that the
 * database keeps no token and no address of a sign-in: the SHA-256 hash of each session token (the cookie holds
 * the token, so a copy of the Session table opens no session) and, for a pending sign-in link, a keyed hash of
 * the address (next-auth already stores the link's token hashed). next-auth hands every method the raw values
 * and gets them back raw.
 */
function workspaceAdapter(): Adapter {
  const base = PrismaAdapter(db as never) as unknown as Required<Adapter>;
  const withRawToken = <Session extends { sessionToken: string }>(session: Session | null | undefined, sessionToken: string) => session && { ...session, sessionToken };
  return {
    ...base,
    async createUser(data: AdapterUser) {
      const email = normalizeEmail(data.email);
      return db.$transaction(async (tx) => {
        const role = await claimRoleForNewUser(email, tx);
        if (!role) throw new Error('sign-in refused: the address was not invited');
        const user = await tx.user.create({ data: { email, name: data.name, emailVerified: data.emailVerified, role } });
        await audit({ actorId: user.id, action: 'user.create', entityType: 'User', entityId: user.id, after: { role } }, tx);
        return user as AdapterUser;
      });
    },
    async createSession(session) {
      return withRawToken(await base.createSession({ ...session, sessionToken: hashToken(session.sessionToken) }), session.sessionToken)!;
    },
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser(hashToken(sessionToken));
      return found && { user: found.user, session: withRawToken(found.session, sessionToken)! };
    },
    async updateSession(session) {
      return withRawToken(await base.updateSession({ ...session, sessionToken: hashToken(session.sessionToken) }), session.sessionToken);
    },
    deleteSession: (sessionToken) => base.deleteSession(hashToken(sessionToken)),
    async createVerificationToken(link) {
      const created = await base.createVerificationToken({ ...link, identifier: keyedHash(link.identifier) });
      return created && { ...created, identifier: link.identifier };
    },
    async useVerificationToken(link) {
      const used = await base.useVerificationToken({ ...link, identifier: keyedHash(link.identifier) });
      return used && { ...used, identifier: link.identifier };
    },
  };
}

/**
 * Sends the link only to addresses that may sign in. Everyone gets the same "check your email" page, at once:
 * the address is checked and the mail sent after the answer has left, so neither the answer nor its delay tells
 * whether an address has an account. The email is in the language of the page the link was asked on: the sign-in
 * form's callbackUrl (where the link leads) carries its prefix.
 */
async function sendSignInLink({ identifier, url }: { identifier: string; url: string }) {
  await afterResponse(async () => {
    if (!(await maySignIn(identifier))) return;
    const locale = localeOfAddress(new URL(url).searchParams.get('callbackUrl'));
    const values = { host: new URL(url).host, minutes: magicLinkMinutes };
    const link = confirmationAddress(url);
    await sendEmail({ to: identifier, ...(await composeLinkMessage(SignInLinkEmail, 'emails.signIn', locale, link, values)) }, { askedForByRecipient: true });
  });
}

export const authOptions: NextAuthOptions = {
  adapter: workspaceAdapter(),
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'database', maxAge: 7 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  providers: [
    {
      id: 'email',
      type: 'email',
      name: 'Email',
      server: '',
      from: env.EMAIL_FROM,
      maxAge: magicLinkMinutes * 60,
      options: {},
      normalizeIdentifier: signInIdentifier,
      sendVerificationRequest: sendSignInLink,
    } as NextAuthOptions['providers'][number],
  ],
  pages: { signIn: '/admin/sign-in', verifyRequest: '/admin/sign-in/check-email', error: '/admin/sign-in' },
  callbacks: {
    // Asked twice: when a link is requested (always yes, see sendSignInLink) and when it is followed.
    async signIn({ user, email }) {
      if (email?.verificationRequest) return true;
      return Boolean(user.email) && (await maySignIn(user.email!));
    },
    async session({ session, user }) {
      const { id, role } = user as AdapterUser & { role: Role };
      return { ...session, user: { ...session.user, id, role } };
    },
  },
  events: {
    async signIn({ user }) {
      await audit({ actorId: user.id, action: 'auth.signIn', entityType: 'User', entityId: user.id });
    },
    async signOut({ session }) {
      const userId = (session as { userId?: string } | undefined)?.userId ?? null;
      await audit({ actorId: userId, action: 'auth.signOut', entityType: 'User', entityId: userId });
    },
  },
};
