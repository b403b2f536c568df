import { Heading, Link, Section, Text } from '@react-email/components';
import { AlertShell, headingStyle, previewFooter, type AlertFooterProps } from '../alert-shell';

type DigestItem = { label: string; detail: string; url: string };

export type WeeklyDigestProps = {
  lang: string;
  subject: string;
  intro: string;
  updatesHeading: string;
  updates: DigestItem[];
  eventsHeading: string;
  events: DigestItem[];
  footer: AlertFooterProps;
};

function Items({ heading, items }: { heading: string; items: DigestItem[] }) {
  if (!items.length) return null;
  return (
    <Section>
      <Heading as="h2" style={{ fontSize: 16 }}>
        {heading}
      </Heading>
      {items.map((item) => (
        <Text key={item.url + item.label}>
          <Link href={item.url}>{item.label}</Link>
          <br />
          {item.detail}
        </Text>
      ))}
    </Section>
  );
}

/** One email a week listing what changed on what a weekly subscriber follows. */
export default function WeeklyDigestEmail({ lang, subject, intro, updatesHeading, updates, eventsHeading, events, footer }: WeeklyDigestProps) {
  return (
    <AlertShell lang={lang} preview={intro} footer={footer}>
      <Heading as="h1" style={headingStyle}>
        {subject}
      </Heading>
      <Text>{intro}</Text>
      <Items heading={updatesHeading} items={updates} />
      <Items heading={eventsHeading} items={events} />
    </AlertShell>
  );
}

WeeklyDigestEmail.PreviewProps = {
  lang: 'en',
  subject: 'This week on the cases you follow',
  intro: 'What changed from 9 March 2026 to 16 March 2026:',
  updatesHeading: 'Updates',
  updates: [{ label: 'Example Person: Transferred to another prison colony', detail: '12 March 2026', url: 'http://localhost:3000/en/cases/example-person' }],
  eventsHeading: 'Upcoming actions',
  events: [{ label: 'Example picket', detail: 'Saturday 21 March 2026, 14:00', url: 'http://localhost:3000/en/events/example-picket' }],
  footer: previewFooter,
} satisfies WeeklyDigestProps;
