import { Body, Button, Container, Head, Heading, Html, Link, Preview, Text } from '@react-email/components';
import type { Role } from '../../generated/prisma/enums';

export type InvitationProps = { email: string; role: Role; invitedBy: string; signInUrl: string; expiresOn: string };

const roleDescriptions: Record<Role, string> = {
  ADMIN: 'an admin: you will invite people, manage roles and read the audit log',
  ORGANIZER: 'an organizer: you will edit cases and post updates',
  REVIEWER: 'a reviewer: you will read the workspace without changing it',
};

/**
 * Tells an invitee where to sign in. It carries no sign-in token: the invitee asks for a link on the sign-in
 * page, so a forwarded or leaked invitation signs nobody in.
 */
export default function InvitationEmail({ email, role, invitedBy, signInUrl, expiresOn }: InvitationProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>You are invited to the campaign workspace</Preview>
      <Body style={{ fontFamily: 'system-ui, sans-serif', background: '#fafaf9' }}>
        <Container style={{ padding: 24, background: '#ffffff' }}>
          <Heading as="h1" style={{ fontSize: 20 }}>
            You are invited to the campaign workspace
          </Heading>
          <Text>
            {invitedBy} invited {email} to the Kazakhstan solidarity campaign workspace as {roleDescriptions[role]}.
          </Text>
          <Text>
            To accept, open the sign-in page and enter this address, {email}. We will email you a link that signs you in.
          </Text>
          <Button href={signInUrl} style={{ background: '#991b1b', color: '#ffffff', padding: '10px 16px', borderRadius: 6 }}>
            Open the sign-in page
          </Button>
          <Text>
            Or copy this address into your browser: <Link href={signInUrl}>{signInUrl}</Link>
          </Text>
          <Text style={{ color: '#57534e', fontSize: 13 }}>
            The invitation expires on {expiresOn}. If you did not expect it, ignore this message: nothing happens unless you sign in.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

InvitationEmail.PreviewProps = {
  email: 'organizer@example.org',
  role: 'ORGANIZER',
  invitedBy: 'admin@example.org',
  signInUrl: 'http://localhost:3000/admin/sign-in',
  expiresOn: '28 November 2026, 10:00 UTC',
} satisfies InvitationProps;
