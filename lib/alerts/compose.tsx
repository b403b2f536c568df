import 'server-only';
import { randomUUID } from 'node:crypto';
import { render, toPlainText } from '@react-email/render';
import type { ReactElement } from 'react';
import { publicName } from '../cases/identity';
import { loadPublicRedactor, type Redact } from '../cases/redaction';
import { formatStatus } from '../cases/status-label';
import { db } from '../db';
import type { AlertFooterProps } from '../email/alert-shell';
import type { OutgoingEmail } from '../email/send';
import CorrectionAlertEmail from '../email/templates/correction-alert';
import EventAlertEmail from '../email/templates/event-alert';
import UpdateAlertEmail from '../email/templates/update-alert';
import WeeklyDigestEmail from '../email/templates/weekly-digest';
import { allDayDates } from '../events/schedule';
import { countryName, formatDays, formatTimesInZone } from '../events/format';
import type { AlertKind } from '../generated/prisma/enums';
import { localize } from '../i18n/content';
import { locales, type Locale } from '../i18n/routing';
import { translatorFor } from '../i18n/translator';
import { pageUrl, preferencesUrl, unsubscribeHeaders, unsubscribeUrl } from '../subscriptions/links';
import { inDigest } from './fanout';

export type Recipient = { deliveryId: bigint; subscriberId: string; email: string; locale: string; token: string };
export type AlertToCompose = { id: string; kind: AlertKind; updateId: string | null; eventId: string | null; periodStart: Date | null; periodEnd: Date | null };

type Translations = { language: string; field: string; text: string }[];
type Message = { subject: string; element: (footer: AlertFooterProps) => ReactElement };

const asLocale = (value: string): Locale => ((locales as readonly string[]).includes(value) ? (value as Locale) : 'en');
const inLocale = (rows: Translations, locale: Locale) => rows.filter((row) => row.language === locale);
const translationColumns = { select: { language: true, field: true, text: true } } as const;

/** Text in the reader's language when translated, with protected names replaced. */
function readable(original: string, language: string, translations: Translations, field: string, locale: Locale, redact: Redact) {
  return redact(localize(original, language, inLocale(translations, locale), field, locale).text);
}

async function footerLabels(locale: Locale) {
  const t = await translatorFor(locale, 'emails');
  return { why: t('footer.why'), preferencesLabel: t('footer.preferences'), unsubscribeLabel: t('footer.unsubscribe') };
}

const updateSelect = {
  id: true,
  title: true,
  body: true,
  language: true,
  occurredOn: true,
  occurredOnPrecision: true,
  status: true,
  releaseKind: true,
  correctionNote: true,
  translations: translationColumns,
  case: { select: { slug: true, name: true, identityProtected: true } },
} as const;

async function updateMessages(kind: AlertKind, updateId: string, redact: Redact) {
  const update = await db.update.findUniqueOrThrow({ where: { id: updateId }, select: updateSelect });
  const name = publicName(update.case);
  return async (locale: Locale): Promise<Message> => {
    const t = await translatorFor(locale, 'emails');
    const title = readable(update.title, update.language, update.translations, 'title', locale, redact);
    const caseUrl = pageUrl(locale, `/cases/${update.case.slug}`);
    if (kind === 'UPDATE') {
      const tStatus = await translatorFor(locale, 'status');
      const tDates = await translatorFor(locale, 'dates');
      const body = readable(update.body, update.language, update.translations, 'body', locale, redact);
      return {
        subject: t('update.subject', { name, title }),
        element: (footer) => (
          <UpdateAlertEmail
            lang={locale}
            preview={t('update.preview', { name })}
            caseName={name}
            title={title}
            date={tDates(`on.${update.occurredOnPrecision}`, { date: update.occurredOn })}
            statusLine={update.status ? t('update.statusNow', { status: formatStatus(tStatus, update.status, update.releaseKind) }) : null}
            body={body}
            readMoreLabel={t('update.readMore')}
            caseUrl={caseUrl}
            footer={footer}
          />
        ),
      };
    }
    const notice = kind === 'CORRECTION' ? 'correction' : 'retraction';
    const note = kind === 'CORRECTION' && update.correctionNote ? t('correction.note', { note: redact(update.correctionNote) }) : null;
    return {
      subject: t(`${notice}.subject`, { name, title }),
      element: (footer) => (
        <CorrectionAlertEmail lang={locale} intro={t(`${notice}.intro`, { name })} title={title} note={note} readMoreLabel={t(`${notice}.readMore`)} caseUrl={caseUrl} footer={footer} />
      ),
    };
  };
}

const eventSelect = {
  slug: true,
  title: true,
  language: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  allDay: true,
  venue: true,
  city: true,
  country: true,
  onlineUrl: true,
  translations: translationColumns,
} as const;

type EventRow = { startsAt: Date; endsAt: Date | null; timeZone: string; allDay: boolean };

function eventWhen(locale: Locale, event: EventRow) {
  if (!event.allDay) return formatTimesInZone(locale, event.startsAt, event.endsAt, event.timeZone);
  const { first, last } = allDayDates(event);
  return formatDays(locale, first, last);
}

async function eventMessages(eventId: string, redact: Redact) {
  const event = await db.actionEvent.findUniqueOrThrow({ where: { id: eventId }, select: eventSelect });
  return async (locale: Locale): Promise<Message> => {
    const t = await translatorFor(locale, 'emails');
    const title = readable(event.title, event.language, event.translations, 'title', locale, redact);
    const venue = event.venue && readable(event.venue, event.language, event.translations, 'venue', locale, redact);
    const city = event.city && readable(event.city, event.language, event.translations, 'city', locale, (text) => text);
    const where = [venue, city, event.country && countryName(locale, event.country)].filter(Boolean).join(', ');
    const lines = [t('event.when', { when: eventWhen(locale, event) })];
    if (where) lines.push(t('event.where', { where }));
    if (event.onlineUrl) lines.push(t('event.online', { url: event.onlineUrl }));
    return {
      subject: t('event.subject', { title }),
      element: (footer) => (
        <EventAlertEmail lang={locale} preview={t('event.preview')} title={title} lines={lines} readMoreLabel={t('event.readMore')} eventUrl={pageUrl(locale, `/events/${event.slug}`)} footer={footer} />
      ),
    };
  };
}

/** What each weekly subscriber of the batch follows among the updates and events of the period, in one query each. */
async function digestMessages(alert: AlertToCompose, subscriberIds: string[], redact: Redact) {
  const [start, end] = [alert.periodStart!, alert.periodEnd!];
  const updateLinks = await db.$queryRawUnsafe<{ subscriberId: string; id: string }[]>(
    `SELECT s.id AS "subscriberId", u.id FROM "Subscriber" s, "Update" u JOIN "Case" c ON c.id = u."caseId"
     WHERE s.id = ANY($1) AND ${inDigest.update('$2', '$3')}
     ORDER BY u."publishedAt"`,
    subscriberIds,
    start,
    end,
  );
  const eventLinks = await db.$queryRawUnsafe<{ subscriberId: string; id: string }[]>(
    `SELECT s.id AS "subscriberId", e.id FROM "Subscriber" s, "ActionEvent" e
     WHERE s.id = ANY($1) AND ${inDigest.event('$2', '$3')}
     ORDER BY e."startsAt"`,
    subscriberIds,
    start,
    end,
  );
  const updates = new Map(
    (
      await db.update.findMany({
        where: { id: { in: [...new Set(updateLinks.map((link) => link.id))] } },
        select: { id: true, title: true, language: true, occurredOn: true, occurredOnPrecision: true, translations: translationColumns, case: { select: { slug: true, name: true, identityProtected: true } } },
      })
    ).map((update) => [update.id, update]),
  );
  const events = new Map(
    (await db.actionEvent.findMany({ where: { id: { in: [...new Set(eventLinks.map((link) => link.id))] } }, select: { id: true, ...eventSelect } })).map((event) => [event.id, event]),
  );
  return async (locale: Locale, subscriberId: string): Promise<Message> => {
    const t = await translatorFor(locale, 'emails');
    const tDates = await translatorFor(locale, 'dates');
    const updateItems = updateLinks
      .filter((link) => link.subscriberId === subscriberId)
      .map((link) => updates.get(link.id)!)
      .map((update) => ({
        label: `${publicName(update.case)}: ${readable(update.title, update.language, update.translations, 'title', locale, redact)}`,
        detail: tDates(`on.${update.occurredOnPrecision}`, { date: update.occurredOn }),
        url: pageUrl(locale, `/cases/${update.case.slug}`),
      }));
    const eventItems = eventLinks
      .filter((link) => link.subscriberId === subscriberId)
      .map((link) => events.get(link.id)!)
      .map((event) => ({ label: readable(event.title, event.language, event.translations, 'title', locale, redact), detail: eventWhen(locale, event), url: pageUrl(locale, `/events/${event.slug}`) }));
    const subject = t('digest.subject');
    return {
      subject,
      element: (footer) => (
        <WeeklyDigestEmail
          lang={locale}
          subject={subject}
          intro={t('digest.intro', { start, end })}
          updatesHeading={t('digest.updates')}
          updates={updateItems}
          eventsHeading={t('digest.events')}
          events={eventItems}
          footer={footer}
        />
      ),
    };
  };
}

/**
 * Where each recipient's own links go once the shared message is rendered. Unguessable: a placeholder typed into an
 * update (a link in its Markdown pointing elsewhere) would otherwise get every follower's token swapped into it.
 * The emails sent hold no placeholder, so they stay the same from one process to the next.
 */
const placeholderKey = randomUUID();
const placeholder = { preferences: `https://preferences-${placeholderKey}.invalid/`, unsubscribe: `https://unsubscribe-${placeholderKey}.invalid/` };

type Rendered = { subject: string; html: string; text: string };

/** The plain-text part reads as text: a link as "its text (its address)", a list item after a bullet. */
const plainTextOptions = {
  selectors: [
    { selector: 'a', options: { linkBrackets: ['(', ')'] } },
    { selector: 'ul', options: { itemPrefix: ' • ' } },
  ],
};

/** The HTML of a message, and its plain text made from that HTML. */
async function renderParts(element: ReactElement): Promise<{ html: string; text: string }> {
  const html = await render(element);
  return { html, text: toPlainText(html, plainTextOptions) };
}

/**
 * Messages already rendered, by their template and exact content: every batch of an alert renders the same
 * message, and rendering (HTML, then its text) was most of a batch's work. Any change of content (a new
 * translation, a name newly protected) is a new key. Only the latest few are kept.
 */
const rendered = new Map<string, Promise<Rendered>>();
const renderedKept = 50;

/** Renders a message once with placeholder links; each recipient then gets their own links swapped in. */
async function renderShared(message: Message, locale: Locale): Promise<Rendered> {
  const element = message.element({ ...(await footerLabels(locale)), preferencesUrl: placeholder.preferences, unsubscribeUrl: placeholder.unsubscribe });
  const key = JSON.stringify([(element.type as { name?: string }).name, message.subject, element.props]);
  let rendering = rendered.get(key);
  if (!rendering) {
    rendering = (async () => ({ subject: message.subject, ...(await renderParts(element)) }))();
    rendering.catch(() => rendered.delete(key));
    rendered.set(key, rendering);
    if (rendered.size > renderedKept) rendered.delete(rendered.keys().next().value!);
  }
  return rendering;
}

function personalise(rendered: Rendered, recipient: Recipient, locale: Locale): OutgoingEmail {
  const links = (text: string) =>
    text.replaceAll(placeholder.preferences, preferencesUrl(recipient.token, locale)).replaceAll(placeholder.unsubscribe, unsubscribeUrl(recipient.token));
  return {
    to: recipient.email,
    subject: rendered.subject,
    html: links(rendered.html),
    text: links(rendered.text),
    headers: unsubscribeHeaders(recipient.token),
  };
}

/**
 * The emails of one batch of an alert, each in its recipient's language, with their own preferences and
 * one-click unsubscribe links (in the body and in the List-Unsubscribe headers). Deterministic for the same
 * recipients and tokens, so a retried batch sends the very same messages.
 */
export async function composeAlertEmails(alert: AlertToCompose, recipients: Recipient[]): Promise<OutgoingEmail[]> {
  const redact = await loadPublicRedactor();
  if (alert.kind === 'DIGEST') {
    const messageFor = await digestMessages(alert, recipients.map((recipient) => recipient.subscriberId), redact);
    return Promise.all(
      recipients.map(async (recipient) => {
        const locale = asLocale(recipient.locale);
        return personalise(await renderShared(await messageFor(locale, recipient.subscriberId), locale), recipient, locale);
      }),
    );
  }
  const messageFor = alert.kind === 'EVENT' ? await eventMessages(alert.eventId!, redact) : await updateMessages(alert.kind, alert.updateId!, redact);
  const inLanguage = new Map<Locale, Rendered>();
  const emails: OutgoingEmail[] = [];
  for (const recipient of recipients) {
    const locale = asLocale(recipient.locale);
    if (!inLanguage.has(locale)) inLanguage.set(locale, await renderShared(await messageFor(locale), locale));
    emails.push(personalise(inLanguage.get(locale)!, recipient, locale));
  }
  return emails;
}

/**
 * The alert of an update as a follower would get it, for an organizer to check in their own inbox: marked as a
 * test, with links to the sign-up page instead of anyone's preferences.
 */
export async function composeTestAlert(updateId: string, locale: Locale): Promise<Omit<OutgoingEmail, 'to'>> {
  const message = await (await updateMessages('UPDATE', updateId, await loadPublicRedactor()))(locale);
  const subscribe = pageUrl(locale, '/subscribe');
  const element = message.element({ ...(await footerLabels(locale)), preferencesUrl: subscribe, unsubscribeUrl: subscribe });
  return { subject: `[TEST] ${message.subject}`, ...(await renderParts(element)) };
}
