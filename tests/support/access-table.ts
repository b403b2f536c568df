import type { Role } from '../../lib/generated/prisma/enums';

/**
 * What every page, route handler and server action answers to each kind of caller: the one table the
 * authorization tests hold the code to (tests/db/authorization.test.ts calls every action and route handler,
 * tests/e2e/authorization.spec.ts opens every page). A new page, route, method or action without an entry fails
 * those tests, as does an entry for one that no longer exists.
 */

/**
 * The callers: a visitor with nothing; a confirmed subscriber holding a valid link token of the purpose the
 * address or form expects (and no session); a signed-in user of each workspace role.
 */
export const identities = ['anonymous', 'subscriber', 'reviewer', 'organizer', 'admin'] as const;
export type Identity = (typeof identities)[number];
export const identityRole: Record<Identity, Role | null> = { anonymous: null, subscriber: null, reviewer: 'REVIEWER', organizer: 'ORGANIZER', admin: 'ADMIN' };

/**
 * - `allowed`: the page shows its content; the action gets past its guard (to its form's validation or its work);
 *   the route handler answers below 400.
 * - `sign-in`: the page redirects to the sign-in page; the action answers "your session has ended".
 * - `forbidden`: the page shows "Not allowed"; the action answers "your role does not allow this".
 * - `link-invalid`: the page or action answers "this link no longer works" (no valid token of theirs).
 * - `not-found`: the page answers 404.
 * - `workspace`: the page redirects into the workspace (the sign-in page, for someone already signed in).
 * - `refused`: the route handler answers 400 or above.
 * - `ignored`: the route handler answers as if it had worked, so the answer reveals nothing.
 * Every refusal (`sign-in`, `forbidden`, `link-invalid`, `refused`, `ignored`) must leave the database unchanged.
 */
export type PageOutcome = 'allowed' | 'sign-in' | 'forbidden' | 'link-invalid' | 'not-found' | 'workspace';
export type ActionOutcome = 'allowed' | 'sign-in' | 'forbidden' | 'link-invalid';
export type RouteOutcome = 'allowed' | 'refused' | 'ignored';
export type Outcomes<Outcome> = Record<Identity, Outcome>;

/** The purpose of the link token a page, route or action takes: the confirmation link's, else the preferences link's. */
export const linkTokenPurpose = (entry: string): 'CONFIRM' | 'MANAGE' => (/confirm/i.test(entry) ? 'CONFIRM' : 'MANAGE');

const forEveryone = <Outcome>(outcome: Outcome): Outcomes<Outcome> => ({ anonymous: outcome, subscriber: outcome, reviewer: outcome, organizer: outcome, admin: outcome });
const forTokenHolderOnly = <Outcome>(allowed: Outcome, others: Outcome): Outcomes<Outcome> => ({ ...forEveryone(others), subscriber: allowed });

const open = forEveryone<'allowed'>('allowed');
const linkToken = forTokenHolderOnly<PageOutcome & ActionOutcome>('allowed', 'link-invalid');
const reviewers: Outcomes<PageOutcome & ActionOutcome> = { anonymous: 'sign-in', subscriber: 'sign-in', reviewer: 'allowed', organizer: 'allowed', admin: 'allowed' };
const organizers: Outcomes<PageOutcome & ActionOutcome> = { ...reviewers, reviewer: 'forbidden' };
const admins: Outcomes<PageOutcome & ActionOutcome> = { ...organizers, organizer: 'forbidden' };

/**
 * `sample` is the address to open for a dynamic page when its parameter is not a record of the seed
 * (`[id]` and `[slug]` are filled with a record of the kind the folder names; `[token]` with the caller's token).
 */
export const pageAccess: Record<string, { outcomes: Outcomes<PageOutcome>; sample?: string }> = {
  '/[locale]': { outcomes: open },
  '/[locale]/[...rest]': { outcomes: forEveryone('not-found'), sample: '/[locale]/no-such-page' },
  '/[locale]/cases': { outcomes: open },
  '/[locale]/cases/[slug]': { outcomes: open },
  '/[locale]/about': { outcomes: open },
  // /cases with a query string, rewritten here by proxy.ts (the folder name %5F is Next's escape for "_").
  '/[locale]/cases/%5Ffiltered': { outcomes: open, sample: '/[locale]/cases?status=DETAINED' },
  '/[locale]/demands': { outcomes: open },
  '/[locale]/events': { outcomes: open },
  '/[locale]/events/[slug]': { outcomes: open },
  '/[locale]/sources/[slug]': { outcomes: open },
  '/[locale]/subscribe': { outcomes: open },
  '/[locale]/subscribe/confirm/[token]': { outcomes: linkToken },
  '/[locale]/subscription/[token]': { outcomes: linkToken },
  '/[locale]/unsubscribe/[token]': { outcomes: linkToken },
  '/[locale]/admin/sign-in': { outcomes: { anonymous: 'allowed', subscriber: 'allowed', reviewer: 'workspace', organizer: 'workspace', admin: 'workspace' } },
  '/[locale]/admin/sign-in/check-email': { outcomes: open },
  '/[locale]/admin/sign-in/confirm': { outcomes: open },
  // Open on a machine's local defaults (LOCAL_MAILBOX=open, as the tests run), otherwise admins: lib/email/mailbox.ts.
  '/[locale]/admin/mailbox': { outcomes: open },
  '/[locale]/admin': { outcomes: reviewers },
  '/[locale]/admin/people': { outcomes: admins },
  '/[locale]/admin/audit': { outcomes: admins },
  '/[locale]/admin/cases': { outcomes: reviewers },
  '/[locale]/admin/cases/new': { outcomes: organizers },
  '/[locale]/admin/cases/[id]': { outcomes: reviewers },
  '/[locale]/admin/cases/[id]/updates/new': { outcomes: organizers },
  '/[locale]/admin/updates': { outcomes: reviewers },
  '/[locale]/admin/updates/[id]': { outcomes: reviewers },
  '/[locale]/admin/demands': { outcomes: reviewers },
  '/[locale]/admin/demands/new': { outcomes: organizers },
  '/[locale]/admin/demands/[id]': { outcomes: reviewers },
  '/[locale]/admin/events': { outcomes: reviewers },
  '/[locale]/admin/events/new': { outcomes: organizers },
  '/[locale]/admin/events/[id]': { outcomes: reviewers },
  '/[locale]/admin/import': { outcomes: organizers },
  // An id that names no statement under review gets the page's own "not in review" answer.
  '/[locale]/admin/import/[id]': { outcomes: organizers, sample: '/[locale]/admin/import/no-such-statement' },
  '/[locale]/admin/campaigns': { outcomes: reviewers },
  '/[locale]/admin/campaigns/new': { outcomes: organizers },
  '/[locale]/admin/campaigns/[id]': { outcomes: reviewers },
  '/[locale]/admin/organisations': { outcomes: reviewers },
  '/[locale]/admin/organisations/new': { outcomes: organizers },
  '/[locale]/admin/organisations/[id]': { outcomes: reviewers },
  '/[locale]/admin/sources': { outcomes: reviewers },
  '/[locale]/admin/sources/[id]': { outcomes: reviewers },
};

export const httpMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/**
 * Route handlers (and metadata routes), per exported method. Public data is GET-only (and OPTIONS, CORS preflight); next-auth's POSTs need its
 * CSRF token, which none of these callers sends; the provider webhook needs the provider's signature
 * (tests/db/resend-webhook.test.ts); the one-click unsubscribe address (RFC 8058) takes its link token as the
 * authority and answers the same to a token that opens nothing.
 */
export const routeAccess: Record<string, Partial<Record<HttpMethod, Outcomes<RouteOutcome>>>> = {
  '/api/health': { GET: open },
  '/api/auth/[...nextauth]': { GET: open, POST: forEveryone('ignored') },
  '/api/v1/cases': { GET: open, OPTIONS: open },
  '/api/v1/cases/[slug]': { GET: open, OPTIONS: open },
  '/api/v1/cases.csv': { GET: open, OPTIONS: open },
  '/api/v1/updates': { GET: open, OPTIONS: open },
  '/api/v1/demands': { GET: open, OPTIONS: open },
  '/api/v1/events': { GET: open, OPTIONS: open },
  '/api/v1/openapi.json': { GET: open, OPTIONS: open },
  '/feed.xml': { GET: open },
  '/cases/[slug]/feed.xml': { GET: open },
  '/calendar.ics': { GET: open },
  '/events/[slug]/ics': { GET: open },
  '/[locale]/cases/[slug]/opengraph-image': { GET: open },
  '/api/webhooks/resend': { POST: forEveryone('refused') },
  // GET only forwards to the page, which checks the token.
  '/unsubscribe/[token]': { GET: open, POST: forTokenHolderOnly('allowed', 'ignored') },
  '/[locale]/subscription/[token]/data.json': { GET: forTokenHolderOnly('allowed', 'refused') },
};

/** Server actions, by `<file>#<export>`. */
export const actionAccess: Record<string, Outcomes<ActionOutcome>> = {
  'lib/subscriptions/actions.ts#subscribe': open,
  'lib/subscriptions/actions.ts#confirmSubscription': linkToken,
  'lib/subscriptions/actions.ts#savePreferences': linkToken,
  'lib/subscriptions/actions.ts#unsubscribeAll': linkToken,
  'lib/subscriptions/actions.ts#revokeLinks': linkToken,
  'lib/subscriptions/actions.ts#deleteSubscriber': linkToken,
  'lib/people/actions.ts#inviteAction': admins,
  'lib/people/actions.ts#revokeInvitationAction': admins,
  'lib/people/actions.ts#changeRoleAction': admins,
  'lib/people/actions.ts#disableUserAction': admins,
  'lib/people/actions.ts#enableUserAction': admins,
  'lib/cases/actions.ts#createCase': organizers,
  'lib/cases/actions.ts#updateCase': organizers,
  'lib/cases/actions.ts#addCaseCount': organizers,
  'lib/updates/actions.ts#createUpdate': organizers,
  'lib/updates/actions.ts#saveUpdate': organizers,
  'lib/updates/actions.ts#correctUpdate': organizers,
  'lib/updates/actions.ts#retractUpdate': organizers,
  'lib/updates/actions.ts#discardUpdate': organizers,
  'lib/alerts/actions.ts#sendTestAlert': organizers,
  'lib/demands/actions.ts#createDemand': organizers,
  'lib/demands/actions.ts#updateDemand': organizers,
  'lib/events/actions.ts#createEvent': organizers,
  'lib/events/actions.ts#updateEvent': organizers,
  'lib/import/actions.ts#importStatement': organizers,
  'lib/import/actions.ts#acceptProposals': organizers,
  'lib/import/actions.ts#markCandidateFollowedUp': organizers,
  'lib/campaigns/actions.ts#createCampaign': organizers,
  'lib/campaigns/actions.ts#updateCampaign': organizers,
  'lib/organisations/actions.ts#createOrganisation': organizers,
  'lib/organisations/actions.ts#updateOrganisation': organizers,
  'lib/sources/actions.ts#updateSource': organizers,
  'lib/sources/actions.ts#setSourceVisibility': organizers,
};
