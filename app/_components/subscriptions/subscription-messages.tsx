import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/** The messages the subscription forms use on the client. */
export async function SubscriptionMessages({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ subscriptions: messages.subscriptions, validation: messages.validation }}>{children}</NextIntlClientProvider>;
}
