import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../scripts/lib/migrations';
import { signInCallbackPath } from '../lib/auth/sign-in-link';
import type { UpdateCreateInput } from '../lib/updates/update.schema';

export type PublishSample = {
  /** Until the organizer's publish action answered. */
  actionMs: number;
  /** Until the case page, and the site's feed, showed the new update (from the moment it was submitted). */
  pageMs: number;
  feedMs: number;
};

const pollEveryMs = 20;
const giveUpAfterMs = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A cookie jar just big enough for next-auth's CSRF and session cookies. */
class Cookies {
  private readonly values = new Map<string, string>();
  take(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.values.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  header() {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

async function expectOk(response: Response, what: string) {
  if (response.ok || (response.status >= 300 && response.status < 400)) return response;
  throw new Error(`${what} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
}

/**
 * Signs in as an organizer the way a person does, over plain HTTP: asks next-auth for a link, reads it in the
 * local mailbox page, and sends what its page's Sign in button sends. Returns the cookies of the session.
 */
export async function signInAsOrganizer(baseUrl: string, email: string): Promise<string> {
  const cookies = new Cookies();
  const csrf = await expectOk(await fetch(`${baseUrl}/api/auth/csrf`), 'the CSRF token');
  cookies.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const request = await fetch(`${baseUrl}/api/auth/signin/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl, cookie: cookies.header() },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: `${baseUrl}/en/admin`, json: 'true' }),
    redirect: 'manual',
  });
  await expectOk(request, 'asking for a sign-in link');
  cookies.take(request);
  // The link is mailed just after the answer (so that its timing tells nothing): the mailbox is read until it is there.
  let link: string | undefined;
  for (const started = performance.now(); !link && performance.now() - started < 15_000; await sleep(200)) {
    const mailbox = await (await expectOk(await fetch(`${baseUrl}/en/admin/mailbox`), 'the local mailbox')).text();
    link = /href="([^"]*\/admin\/sign-in\/confirm\?[^"]*)"/.exec(mailbox)?.[1]?.replaceAll('&amp;', '&');
  }
  if (!link) throw new Error('no sign-in link in the local mailbox');
  // The link's page holds a GET form to next-auth's callback with the link's own query.
  const callback = await fetch(`${baseUrl}${signInCallbackPath}${new URL(link).search}`, { headers: { cookie: cookies.header() }, redirect: 'manual' });
  await expectOk(callback, 'the sign-in link');
  cookies.take(callback);
  if (!/session-token=/.test(cookies.header())) throw new Error('following the sign-in link gave no session');
  return cookies.header();
}

/** The id Next gave a server action in this build (what a browser sends in the Next-Action header). */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, action]) => action.filename === file && action.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${file}#${exportedName} in the build`);
  return found[0];
}

async function shownAfter(url: string, text: string, since: number, signal: AbortSignal): Promise<number> {
  const deadline = since + giveUpAfterMs;
  while (performance.now() < deadline && !signal.aborted) {
    const body = await fetch(url).then(
      (response) => response.text(),
      () => '',
    );
    if (body.includes(text)) return performance.now() - since;
    await sleep(pollEveryMs);
  }
  throw new Error(signal.aborted ? 'stopped watching' : `${url} did not show "${text}" within ${giveUpAfterMs / 1000} s`);
}

type Publisher = { baseUrl: string; cookies: string; actionId: string; caseId: string; caseSlug: string };

/**
 * Publishes a new update on the case through the workspace's own server action (as the organizer's browser
 * does), and meanwhile polls the case page and the site feed every ~20 ms until both show it.
 */
export async function publishAndWatch({ baseUrl, cookies, actionId, caseId, caseSlug }: Publisher, title: string): Promise<PublishSample> {
  const input: UpdateCreateInput = {
    caseId,
    title,
    body: 'Published by the benchmark.',
    language: 'en',
    occurredOn: new Date().toISOString().slice(0, 10),
    occurredOnPrecision: 'DAY',
    status: '',
    releaseKind: '',
    sources: [],
    intent: 'publish',
    scheduledAt: '',
    timeZone: 'UTC',
  };
  const polling = new AbortController();
  const started = performance.now();
  const shown = Promise.all([
    shownAfter(`${baseUrl}/en/cases/${caseSlug}`, title, started, polling.signal),
    shownAfter(`${baseUrl}/feed.xml`, title, started, polling.signal),
  ]);
  shown.catch(() => {}); // awaited below; a failure while the action is still running must not go unhandled
  try {
    const answer = await fetch(`${baseUrl}/en/admin/cases/${caseId}/updates/new`, {
      method: 'POST',
      headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: baseUrl, cookie: cookies },
      body: JSON.stringify([input]),
    });
    const actionMs = performance.now() - started;
    const text = await answer.text();
    if (!answer.ok || !text.includes('"ok":true')) throw new Error(`publishing answered ${answer.status}: ${text.slice(0, 500)}`);
    const [pageMs, feedMs] = await shown;
    return { actionMs, pageMs, feedMs };
  } catch (error) {
    polling.abort();
    await shown.catch(() => {});
    throw error;
  }
}
