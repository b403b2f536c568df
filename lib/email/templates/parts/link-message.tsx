import { Body, Button, Container, Head, Heading, Html, Link, Preview, Text } from '@react-email/components';

/** The texts of a message whose point is one link, in the recipient's language; `fallback` offers the link to copy. */
export type LinkMessageTexts = { preview: string; heading: string; body: string; button: string; fallback?: string; ignore: string };
export type LinkMessageProps = { lang: string; texts: LinkMessageTexts; url: string };

/** The frame of the one-link messages: a heading, a paragraph, the link as a button (and in full), a closing note. */
export function LinkMessage({ lang, texts, url }: LinkMessageProps) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{texts.preview}</Preview>
      <Body style={{ fontFamily: 'system-ui, sans-serif', background: '#fafaf9' }}>
        <Container style={{ padding: 24, background: '#ffffff' }}>
          <Heading as="h1" style={{ fontSize: 20 }}>
            {texts.heading}
          </Heading>
          <Text>{texts.body}</Text>
          <Button href={url} style={{ background: '#991b1b', color: '#ffffff', padding: '10px 16px', borderRadius: 6 }}>
            {texts.button}
          </Button>
          {texts.fallback ? (
            <Text>
              {texts.fallback} <Link href={url}>{url}</Link>
            </Text>
          ) : null}
          <Text style={{ color: '#57534e', fontSize: 13 }}>{texts.ignore}</Text>
        </Container>
      </Body>
    </Html>
  );
}
