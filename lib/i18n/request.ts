import { getRequestConfig } from 'next-intl/server';
import { calendarTimeZone, formats, loadMessages } from './messages';
import { supportedLocale } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = supportedLocale(requested);
  return { locale, messages: await loadMessages(locale), formats, timeZone: calendarTimeZone };
});
