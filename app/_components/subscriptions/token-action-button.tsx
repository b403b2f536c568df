import { getTranslations } from 'next-intl/server';
import { TokenActionForm, type TokenActionProps } from './token-action-form';

/** The pages of a link token send no messages to the browser: the button gets its one message here. */
export async function TokenActionButton(props: TokenActionProps) {
  const t = await getTranslations('subscriptions.errors');
  return <TokenActionForm {...props} unreachable={t('unreachable')} />;
}
