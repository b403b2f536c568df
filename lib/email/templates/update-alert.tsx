import { Button, Heading, Text } from '@react-email/components';
import { Markdown } from '../../markdown/markdown';
import { AlertShell, buttonStyle, headingStyle, markdownInEmail, previewFooter, type AlertFooterProps } from '../alert-shell';

export type UpdateAlertProps = {
  lang: string;
  preview: string;
  caseName: string;
  title: string;
  date: string;
  statusLine: string | null;
  /** The update's text, in Markdown. */
  body: string;
  readMoreLabel: string;
  caseUrl: string;
  footer: AlertFooterProps;
};

/** One published update, sent at once to the case's instant followers. */
export default function UpdateAlertEmail({ lang, preview, caseName, title, date, statusLine, body, readMoreLabel, caseUrl, footer }: UpdateAlertProps) {
  return (
    <AlertShell lang={lang} preview={preview} footer={footer}>
      <Text style={{ color: '#57534e', margin: 0 }}>
        {caseName} · {date}
      </Text>
      <Heading as="h1" style={headingStyle}>
        {title}
      </Heading>
      {statusLine && <Text style={{ fontWeight: 600 }}>{statusLine}</Text>}
      <Markdown source={body} baseUrl={caseUrl} components={markdownInEmail} />
      <Button href={caseUrl} style={buttonStyle}>
        {readMoreLabel}
      </Button>
    </AlertShell>
  );
}

UpdateAlertEmail.PreviewProps = {
  lang: 'en',
  preview: 'New on the case of Example Person',
  caseName: 'Example Person',
  title: 'Transferred to another prison colony',
  date: '12 March 2013',
  statusLine: 'Status now: Serving sentence',
  body:
    'An example update body: this preview describes **no real person** or case.\n\n- Moved to another colony on 10 March\n- Visits still refused\n\nSee [the lawyers’ statement](https://example.org/statement) and [the sources](/en/sources/example-statement).',
  readMoreLabel: 'Read the case and its sources',
  caseUrl: 'http://localhost:3000/en/cases/example-person',
  footer: previewFooter,
} satisfies UpdateAlertProps;
