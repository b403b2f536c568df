import { Body, Button, Container, Head, Heading, Html, Preview, Text } from '@react-email/components';

export type SignInLinkProps = { url: string; host: string; minutesValid: number };

/** The magic link an organizer follows to sign in to the workspace. */
export default function SignInLinkEmail({ url, host, minutesValid }: SignInLinkProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>Sign in to the campaign workspace</Preview>
      <Body style={{ fontFamily: 'system-ui, sans-serif', background: '#fafaf9' }}>
        <Container style={{ padding: 24, background: '#ffffff' }}>
          <Heading as="h1" style={{ fontSize: 20 }}>
            Sign in to {host}
          </Heading>
          <Text>This link signs you in once and expires in {minutesValid} minutes.</Text>
          <Button href={url} style={{ background: '#991b1b', color: '#ffffff', padding: '10px 16px', borderRadius: 6 }}>
            Sign in
          </Button>
          <Text style={{ color: '#57534e', fontSize: 13 }}>
            If you did not ask to sign in, ignore this message: nothing happens without the link.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

SignInLinkEmail.PreviewProps = {
  url: 'http://localhost:3000/api/auth/callback/email?token=preview&email=organizer%40example.org',
  host: 'localhost:3000',
  minutesValid: 15,
} satisfies SignInLinkProps;
