import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import { calendarTimeZone, formats, loadMessages } from './messages';
import type { Locale } from './routing';

/**
 * A translator for code that runs outside a request, such as the worker writing emails: the same messages,
 * formats and time zone as the pages.
 */
export async function translatorFor<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: Locale, namespace: Namespace) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace, formats, timeZone: calendarTimeZone });
}
