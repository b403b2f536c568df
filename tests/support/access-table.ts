import type { Role } from '../../lib/generated/prisma/enums';

/**
 * Who may use each page, route handler and server action: the one table the authorization tests hold the code
 * to. A new route or action without an entry here fails those tests.
 *
 * `PUBLIC` is open to everyone; `LINK_TOKEN` to whoever holds a subscriber's emailed link token (no account: the
 * token in the address or the input is the authority); a role is the minimum one (ADMIN > ORGANIZER > REVIEWER).
 * `sample` is an address to try for a dynamic page (an unknown id is fine: access must be refused before
 * anything is looked up).
 */
export type Access = 'PUBLIC' | 'LINK_TOKEN' | Role;

export const pageAccess: Record<string, { access: Access; sample?: string }> = {
  '/[locale]': { access: 'PUBLIC' },
  '/[locale]/[...rest]': { access: 'PUBLIC' },
  '/[locale]/cases': { access: 'PUBLIC' },
  '/[locale]/cases/[slug]': { access: 'PUBLIC' },
  '/[locale]/about': { access: 'PUBLIC' },
  // /cases with a query string, rewritten here by proxy.ts (the folder name %5F is Next's escape for "_").
  '/[locale]/cases/%5Ffiltered': { access: 'PUBLIC', sample: '/[locale]/cases/_filtered' },
  '/[locale]/demands': { access: 'PUBLIC' },
  '/[locale]/events': { access: 'PUBLIC' },
  '/[locale]/events/[slug]': { access: 'PUBLIC' },
  '/[locale]/sources/[slug]': { access: 'PUBLIC' },
  '/[locale]/subscribe': { access: 'PUBLIC' },
  '/[locale]/subscribe/confirm/[token]': { access: 'LINK_TOKEN', sample: '/[locale]/subscribe/confirm/no-such-token' },
  '/[locale]/subscription/[token]': { access: 'LINK_TOKEN', sample: '/[locale]/subscription/no-such-token' },
  '/[locale]/unsubscribe/[token]': { access: 'LINK_TOKEN', sample: '/[locale]/unsubscribe/no-such-token' },
  '/[locale]/admin/sign-in': { access: 'PUBLIC' },
  '/[locale]/admin/sign-in/check-email': { access: 'PUBLIC' },
  // Open on a machine's local defaults only (LOCAL_MAILBOX=open), otherwise admins: see lib/email/mailbox.ts.
  '/[locale]/admin/mailbox': { access: 'PUBLIC' },
  '/[locale]/admin': { access: 'REVIEWER' },
  '/[locale]/admin/people': { access: 'ADMIN' },
  '/[locale]/admin/audit': { access: 'ADMIN' },
  '/[locale]/admin/cases': { access: 'REVIEWER' },
  '/[locale]/admin/cases/new': { access: 'ORGANIZER' },
  '/[locale]/admin/cases/[id]': { access: 'REVIEWER', sample: '/[locale]/admin/cases/no-such-case' },
  '/[locale]/admin/cases/[id]/updates/new': { access: 'ORGANIZER', sample: '/[locale]/admin/cases/no-such-case/updates/new' },
  '/[locale]/admin/updates': { access: 'REVIEWER' },
  '/[locale]/admin/updates/[id]': { access: 'REVIEWER', sample: '/[locale]/admin/updates/no-such-update' },
  '/[locale]/admin/demands': { access: 'REVIEWER' },
  '/[locale]/admin/demands/new': { access: 'ORGANIZER' },
  '/[locale]/admin/demands/[id]': { access: 'REVIEWER', sample: '/[locale]/admin/demands/no-such-demand' },
  '/[locale]/admin/events': { access: 'REVIEWER' },
  '/[locale]/admin/events/new': { access: 'ORGANIZER' },
  '/[locale]/admin/events/[id]': { access: 'REVIEWER', sample: '/[locale]/admin/events/no-such-event' },
  '/[locale]/admin/import': { access: 'ORGANIZER' },
  '/[locale]/admin/campaigns': { access: 'REVIEWER' },
  '/[locale]/admin/campaigns/new': { access: 'ORGANIZER' },
  '/[locale]/admin/campaigns/[id]': { access: 'REVIEWER', sample: '/[locale]/admin/campaigns/no-such-campaign' },
  '/[locale]/admin/sources': { access: 'REVIEWER' },
  '/[locale]/admin/sources/[id]': { access: 'REVIEWER', sample: '/[locale]/admin/sources/no-such-source' },
};

/**
 * Route handlers: all GET-only public data, except next-auth's own endpoints (its CSRF token guards POSTs),
 * provider webhooks (their signature guards them: tests/db/resend-webhook.test.ts) and the one-click unsubscribe
 * address (RFC 8058: its link token is the authority of its POST).
 */
export const routeAccess: Record<string, Access> = {
  '/api/health': 'PUBLIC',
  '/api/auth/[...nextauth]': 'PUBLIC',
  '/api/v1/cases': 'PUBLIC',
  '/api/v1/cases/[slug]': 'PUBLIC',
  '/api/v1/cases.csv': 'PUBLIC',
  '/api/v1/updates': 'PUBLIC',
  '/api/v1/demands': 'PUBLIC',
  '/api/v1/events': 'PUBLIC',
  '/api/v1/openapi.json': 'PUBLIC',
  '/feed.xml': 'PUBLIC',
  '/cases/[slug]/feed.xml': 'PUBLIC',
  '/calendar.ics': 'PUBLIC',
  '/events/[slug]/ics': 'PUBLIC',
  '/[locale]/cases/[slug]/opengraph-image': 'PUBLIC',
  '/api/webhooks/resend': 'PUBLIC',
  '/unsubscribe/[token]': 'LINK_TOKEN',
  '/[locale]/subscription/[token]/data.json': 'LINK_TOKEN',
};

/** Server actions, by `<file>#<export>`. */
export const actionAccess: Record<string, Access> = {
  'lib/subscriptions/actions.ts#subscribe': 'PUBLIC',
  'lib/subscriptions/actions.ts#confirmSubscription': 'LINK_TOKEN',
  'lib/subscriptions/actions.ts#savePreferences': 'LINK_TOKEN',
  'lib/subscriptions/actions.ts#unsubscribeAll': 'LINK_TOKEN',
  'lib/subscriptions/actions.ts#revokeLinks': 'LINK_TOKEN',
  'lib/subscriptions/actions.ts#deleteSubscriber': 'LINK_TOKEN',
  'lib/people/actions.ts#inviteAction': 'ADMIN',
  'lib/people/actions.ts#revokeInvitationAction': 'ADMIN',
  'lib/people/actions.ts#changeRoleAction': 'ADMIN',
  'lib/people/actions.ts#disableUserAction': 'ADMIN',
  'lib/people/actions.ts#enableUserAction': 'ADMIN',
  'lib/cases/actions.ts#createCase': 'ORGANIZER',
  'lib/cases/actions.ts#updateCase': 'ORGANIZER',
  'lib/updates/actions.ts#createUpdate': 'ORGANIZER',
  'lib/updates/actions.ts#saveUpdate': 'ORGANIZER',
  'lib/updates/actions.ts#correctUpdate': 'ORGANIZER',
  'lib/updates/actions.ts#retractUpdate': 'ORGANIZER',
  'lib/alerts/actions.ts#sendTestAlert': 'ORGANIZER',
  'lib/demands/actions.ts#createDemand': 'ORGANIZER',
  'lib/demands/actions.ts#updateDemand': 'ORGANIZER',
  'lib/events/actions.ts#createEvent': 'ORGANIZER',
  'lib/events/actions.ts#updateEvent': 'ORGANIZER',
  'lib/import/actions.ts#importStatement': 'ORGANIZER',
  'lib/import/actions.ts#acceptProposals': 'ORGANIZER',
  'lib/campaigns/actions.ts#createCampaign': 'ORGANIZER',
  'lib/campaigns/actions.ts#updateCampaign': 'ORGANIZER',
  'lib/sources/actions.ts#updateSource': 'ORGANIZER',
};
