import 'server-only';
import { render } from '@react-email/render';
import type { TranslationValues } from 'next-intl';
import type { ReactElement } from 'react';
import type { Locale } from '../i18n/routing';
import { translatorFor } from '../i18n/translator';
import type { OutgoingEmail } from './send';
import type { LinkMessageProps } from './templates/parts/link-message';

/** The message namespaces of emails whose point is one link: each has the keys of LinkMessageTexts and a subject. */
type LinkMessageNamespace = 'subscriptions.email.confirm' | 'subscriptions.email.already' | 'emails.signIn' | 'emails.invitation';

type Translate = { (key: string, values?: TranslationValues): string; has(key: string): boolean };

/**
 * Subject, HTML and plain text of a one-link email in the recipient's language; `values` fill the placeholders
 * of its texts. The line offering the link to copy is there when the language's messages have it.
 */
export async function composeLinkMessage(
  template: (props: LinkMessageProps) => ReactElement,
  namespace: LinkMessageNamespace,
  locale: Locale,
  url: string,
  values?: TranslationValues,
): Promise<Omit<OutgoingEmail, 'to' | 'headers'>> {
  const t = (await translatorFor(locale, namespace)) as unknown as Translate;
  const text = (key: string) => t(key, values);
  const texts = {
    preview: text('preview'),
    heading: text('heading'),
    body: text('body'),
    button: text('button'),
    fallback: t.has('fallback') ? text('fallback') : undefined,
    ignore: text('ignore'),
  };
  const message = template({ lang: locale, texts, url });
  return { subject: text('subject'), html: await render(message), text: await render(message, { plainText: true }) };
}
