import { createHash } from 'node:crypto';
import { expect, test, type Page, type Request } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';
import { signIn } from './support/sign-in';
import { createDetainedCase } from './support/test-case';

const everywhere = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': expect.stringContaining('camera=()'),
};
/** The policy split into directives, so a test names what it expects of each. */
const directives = (policy: string | undefined) =>
  Object.fromEntries((policy ?? '').split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));

/** The policy's hash source of each inline script of a page, as the browser computes it. */
const inlineScriptHashes = (html: string) =>
  [...new Set([...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc=/.test(attributes!)).map(([, , text]) => `'sha256-${createHash('sha256').update(text!).digest('base64')}'`))];

test('a public page allows the files of this site and its own inline scripts only, nothing from elsewhere, and cannot be framed', async ({ request }) => {
  // Rendered by Next, then answered from the web server's memory: both carry the hashes of the page's own scripts.
  for (let visit = 0; visit < 2; visit++) {
    const response = await request.get('/en/cases/natalia-sokolova');
    expect(response.headers()).toMatchObject(everywhere);
    expect(response.headers()['strict-transport-security']).toBeUndefined();
    const hashes = inlineScriptHashes(await response.text());
    expect(hashes.length).toBeGreaterThan(0);
    expect(directives(response.headers()['content-security-policy'])).toEqual({
      'default-src': "'none'",
      'connect-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'manifest-src': "'self'",
      'script-src': ["'self'", ...hashes].join(' '),
      'style-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    });
  }
});

test('a script injected into a public page does not run', async ({ page }) => {
  await page.goto('/en/cases/natalia-sokolova');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const ran = await page.evaluate(() => {
    const injected = document.createElement('script');
    injected.textContent = 'document.body.dataset.injected = "ran"';
    document.body.append(injected);
    return document.body.dataset.injected ?? null;
  });
  expect(ran).toBeNull();
});

test('a workspace page runs only the scripts carrying the nonce of its own response', async ({ request }) => {
  const nonces = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await request.get('/en/admin/sign-in');
    expect(response.headers()).toMatchObject(everywhere);
    const policy = directives(response.headers()['content-security-policy']);
    const nonce = /^'nonce-([A-Za-z0-9+/=]{20,})' 'strict-dynamic'$/.exec(policy['script-src']!)?.[1];
    expect(nonce, policy['script-src']).toBeDefined();
    expect(policy).toMatchObject({ 'default-src': "'none'", 'object-src': "'none'", 'base-uri': "'none'", 'frame-ancestors': "'none'" });
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('the API, feeds and calendars may load nothing, and the one-click unsubscribe address sends no referrer', async ({ request }) => {
  for (const address of ['/api/v1/cases', '/feed.xml', '/calendar.ics']) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    expect(response.headers(), address).toMatchObject(everywhere);
    expect(directives(response.headers()['content-security-policy']), address).toMatchObject({ 'default-src': "'none'", 'frame-ancestors': "'none'" });
  }
  const unsubscribe = await request.get(`/unsubscribe/${'x'.repeat(43)}`, { maxRedirects: 0 });
  expect(unsubscribe.headers()['referrer-policy']).toBe('no-referrer');
});

/** Every report of a blocked resource or script, from the browser's console and from the page's own event. */
function collectPolicyViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return violations;
}

test('using a public page breaks no rule of its policy', async ({ page }) => {
  const violations = collectPolicyViolations(page);
  await page.goto('/en');
  await page.getByRole('link', { name: 'Cases', exact: true }).first().click();
  await page.getByRole('searchbox').fill('kuramshin');
  await page.getByRole('searchbox').press('Enter');
  await page.getByRole('link', { name: 'Vadim Kuramshin' }).first().click();
  await expect(page).toHaveURL(/\/en\/cases\/vadim-kuramshin$/);
  await page.getByRole('link', { name: 'Follow this case by email' }).click();
  await expect(page.getByRole('heading', { name: 'Email alerts', level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test('using a workspace page breaks no rule of its policy', async ({ page }) => {
  const violations = collectPolicyViolations(page);
  const email = `csp-organizer-${Date.now()}@example.org`;
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  await db.user.create({ data: { email, role: 'ORGANIZER' } });
  const subject = await createDetainedCase(db, `csp-case-${Date.now()}`, 'Policy Checkova');
  await signIn(page, email);
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('link', { name: 'New case' }).click();
  await expect(page.getByRole('button', { name: 'Create the case', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Create the case', exact: true }).click();
  await expect(page.getByText('This field is required.').first()).toBeVisible();
  await page.goto(`/en/admin/cases/${subject.id}`);
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  await page.getByLabel('Summary').fill('Résumé relu.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await db.case.delete({ where: { id: subject.id } });
  await db.$disconnect();
  expect(violations).toEqual([]);
});

/** The subscribe form's server action call, as the browser sends it, to send again with other headers. */
async function recordedSubscribeCall(page: Page, email: string) {
  await page.goto('/en/subscribe');
  await expect(page.getByRole('button', { name: 'Subscribe' })).toBeEnabled();
  await page.getByLabel('Email address').fill(email);
  const call = page.waitForRequest((request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined);
  await page.getByRole('button', { name: 'Subscribe' }).click();
  const recorded: Request = await call;
  await expect(page.getByRole('status')).toContainText('Check your inbox');
  return { url: recorded.url(), headers: await recorded.allHeaders(), body: recorded.postDataBuffer()! };
}

test('a server action is refused when the request comes from another site or says nowhere', async ({ page, request }) => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  const stored = (email: string) => db.subscriber.count({ where: { email } });
  const recordedEmail = `origin-${Date.now()}@example.org`;
  const recorded = await recordedSubscribeCall(page, recordedEmail);
  expect(await stored(recordedEmail)).toBe(1);

  const replay = async (origin: string | null, email: string) => {
    const headers = Object.fromEntries(Object.entries(recorded.headers).filter(([name]) => !['origin', 'content-length', 'cookie', 'host'].includes(name)));
    const body = recorded.body.toString('latin1').replace(recordedEmail, email);
    return request.post(recorded.url, { headers: { ...headers, ...(origin ? { origin } : {}) }, data: Buffer.from(body, 'latin1'), maxRedirects: 0 });
  };

  const ownOrigin = new URL(recorded.url).origin;
  const sameSite = await replay(ownOrigin, `same-${recordedEmail}`);
  expect(sameSite.status()).toBe(200);
  expect(await stored(`same-${recordedEmail}`)).toBe(1);

  for (const [origin, email] of [
    ['https://attacker.example', `foreign-${recordedEmail}`],
    ['null', `null-${recordedEmail}`],
    [null, `none-${recordedEmail}`],
  ] as const) {
    const refused = await replay(origin, email);
    expect(refused.status(), `Origin: ${origin ?? '(none)'}`).toBe(403);
    expect(await stored(email), `Origin: ${origin ?? '(none)'}`).toBe(0);
  }
  await db.$disconnect();
});

test('a form posted without JavaScript from another site is refused, so is a sign-in link request', async ({ request }) => {
  const page = await request.get('/en/subscribe');
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(await page.text())![1]!;
  const fields = Object.fromEntries([...form.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((match) => [match[1]!, match[2]!.replaceAll('&quot;', '"')]));
  const email = `no-script-forged-${Date.now()}@example.org`;
  const forged = await request.post('/en/subscribe', { headers: { origin: 'https://attacker.example' }, multipart: { ...fields, email, locale: 'en', scope: 'everything', frequency: 'INSTANT' } });
  expect(forged.status()).toBe(403);
  expect(await forged.text(), 'said in the language of the page').toBe("This request was refused: it did not come from this site's own pages.");
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  expect(await db.subscriber.count({ where: { email } })).toBe(0);
  await db.$disconnect();

  const signInRequest = await request.post('/api/auth/signin/email', { headers: { origin: 'https://attacker.example' }, form: { email: 'admin@example.org' } });
  expect(signInRequest.status()).toBe(403);
  expect((await signInRequest.text()).split('\n'), 'an address without a language: said in each').toEqual([
    "This request was refused: it did not come from this site's own pages.",
    'Cette requête a été refusée : elle ne venait pas des pages de ce site.',
    'Запрос отклонён: он пришёл не со страниц этого сайта.',
  ]);
});
