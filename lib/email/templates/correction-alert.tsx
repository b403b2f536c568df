import { Button, Heading, Text } from '@react-email/components';
import { AlertShell, buttonStyle, headingStyle, previewFooter, type AlertFooterProps } from '../alert-shell';

export type CorrectionAlertProps = {
  lang: string;
  intro: string;
  title: string;
  note: string | null;
  readMoreLabel: string;
  caseUrl: string;
  footer: AlertFooterProps;
};

/** A short notice to everyone alerted of an update that was since corrected or retracted. */
export default function CorrectionAlertEmail({ lang, intro, title, note, readMoreLabel, caseUrl, footer }: CorrectionAlertProps) {
  return (
    <AlertShell lang={lang} preview={intro} footer={footer}>
      <Text>{intro}</Text>
      <Heading as="h1" style={headingStyle}>
        {title}
      </Heading>
      {note && <Text>{note}</Text>}
      <Button href={caseUrl} style={buttonStyle}>
        {readMoreLabel}
      </Button>
    </AlertShell>
  );
}

CorrectionAlertEmail.PreviewProps = {
  lang: 'en',
  intro: 'We corrected an update we sent you about Example Person.',
  title: 'Transferred to another prison colony',
  note: 'What changed: the date of the transfer.',
  readMoreLabel: 'Read the corrected update',
  caseUrl: 'http://localhost:3000/en/cases/example-person',
  footer: previewFooter,
} satisfies CorrectionAlertProps;
