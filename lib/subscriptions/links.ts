import 'server-only';
import { env } from '../env';

const site = () => env.NEXTAUTH_URL.replace(/\/+$/, '');

/** The preferences page a MANAGE token opens, in the subscriber's language. */
export const preferencesUrl = (rawToken: string, locale: string) => `${site()}/${locale}/subscription/${rawToken}`;

/**
 * The RFC 8058 one-click address carried by List-Unsubscribe: a POST unsubscribes at once (no session, no CSRF
 * token: the token is the authority); a GET leads to a page with a button, so link scanners unsubscribe no one.
 */
export const unsubscribeUrl = (rawToken: string) => `${site()}/unsubscribe/${rawToken}`;

/** The RFC 8058 headers every email to a subscriber carries, so mail apps offer an unsubscribe button. */
export const unsubscribeHeaders = (rawToken: string) => ({
  'List-Unsubscribe': `<${unsubscribeUrl(rawToken)}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

/** The public address of a page of the site, in a language. */
export const pageUrl = (locale: string, path: string) => `${site()}/${locale}${path}`;
