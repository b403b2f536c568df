import { Button, Heading, Text } from '@react-email/components';
import { AlertShell, buttonStyle, headingStyle, previewFooter, type AlertFooterProps } from '../alert-shell';

export type EventAlertProps = {
  lang: string;
  preview: string;
  title: string;
  lines: string[];
  readMoreLabel: string;
  eventUrl: string;
  footer: AlertFooterProps;
};

/** A newly announced action event, sent to the instant followers of events, its campaign or its cases. */
export default function EventAlertEmail({ lang, preview, title, lines, readMoreLabel, eventUrl, footer }: EventAlertProps) {
  return (
    <AlertShell lang={lang} preview={preview} footer={footer}>
      <Heading as="h1" style={headingStyle}>
        {title}
      </Heading>
      {lines.map((line, index) => (
        <Text key={index}>{line}</Text>
      ))}
      <Button href={eventUrl} style={buttonStyle}>
        {readMoreLabel}
      </Button>
    </AlertShell>
  );
}

EventAlertEmail.PreviewProps = {
  lang: 'en',
  preview: 'A solidarity action you follow is coming up',
  title: 'Picket at the embassy of Kazakhstan',
  lines: ['When: Saturday 16 December 2028, 14:00 (Central European Time)', 'Where: Embassy of Kazakhstan, Paris'],
  readMoreLabel: 'Details and calendar',
  eventUrl: 'http://localhost:3000/en/events/picket',
  footer: previewFooter,
} satisfies EventAlertProps;
