import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import type { Components } from 'react-markdown';

export type AlertFooterProps = {
  why: string;
  preferencesLabel: string;
  preferencesUrl: string;
  unsubscribeLabel: string;
  unsubscribeUrl: string;
};

/** The frame every alert shares: language, preview line, and the footer with the preferences and unsubscribe links. */
export function AlertShell({ lang, preview, footer, children }: { lang: string; preview: string; footer: AlertFooterProps; children: ReactNode }) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ fontFamily: 'system-ui, sans-serif', background: '#fafaf9', color: '#1c1917' }}>
        <Container style={{ padding: 24, background: '#ffffff', maxWidth: 600 }}>
          {children}
          <Hr />
          <Text style={{ color: '#57534e', fontSize: 13 }}>{footer.why}</Text>
          <Text style={{ fontSize: 13 }}>
            <Link href={footer.preferencesUrl}>{footer.preferencesLabel}</Link>
            {' · '}
            <Link href={footer.unsubscribeUrl}>{footer.unsubscribeLabel}</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const previewFooter: AlertFooterProps = {
  why: 'You receive this because you subscribed to alerts from the Kazakhstan solidarity campaign tracker.',
  preferencesLabel: 'Change what you follow',
  preferencesUrl: 'http://localhost:3000/en/subscription/preview',
  unsubscribeLabel: 'Unsubscribe',
  unsubscribeUrl: 'http://localhost:3000/unsubscribe/preview',
};

export const headingStyle = { fontSize: 20, margin: '0 0 12px' };
export const buttonStyle = { background: '#991b1b', color: '#ffffff', padding: '10px 16px', borderRadius: 6 };

const listStyle = { margin: '0 0 16px', paddingLeft: 24, fontSize: 14, lineHeight: '24px' };
const bodyHeading = ({ children }: { children?: ReactNode }) => (
  <Heading as="h2" style={{ fontSize: 16, margin: '16px 0 8px' }}>
    {children}
  </Heading>
);

/**
 * An organizer's Markdown in an alert, styled inline as mail clients ignore style sheets: paragraphs as the
 * alert's own, links underlined, lists indented, headings below the alert's title. A link the sanitiser took
 * the target of is left as its text.
 */
export const markdownInEmail: Components = {
  p: ({ children }) => <Text>{children}</Text>,
  a: ({ href, children }) =>
    href ? (
      <Link href={href} style={{ textDecorationLine: 'underline' }}>
        {children}
      </Link>
    ) : (
      <>{children}</>
    ),
  ul: ({ children }) => <ul style={listStyle}>{children}</ul>,
  ol: ({ children }) => <ol style={listStyle}>{children}</ol>,
  blockquote: ({ children }) => <blockquote style={{ margin: '0 0 16px', paddingLeft: 12, borderLeft: '2px solid #d6d3d1', color: '#57534e' }}>{children}</blockquote>,
  h1: bodyHeading,
  h2: bodyHeading,
  h3: bodyHeading,
  h4: bodyHeading,
  h5: bodyHeading,
  h6: bodyHeading,
};
