import { createTranslator } from 'next-intl';
import { loadMessages } from '../../lib/i18n/messages';

const messages = await loadMessages('en');

/**
 * Stands in for next-intl/server in database tests, with the English messages:
 * `vi.mock('next-intl/server', () => import('../support/english-translations'))`.
 */
export const getTranslations = async (namespaceOrOptions?: string | { namespace?: string }) =>
  createTranslator({
    locale: 'en',
    messages,
    namespace: (typeof namespaceOrOptions === 'object' ? namespaceOrOptions.namespace : namespaceOrOptions) as never,
  });
