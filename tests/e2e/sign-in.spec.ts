import { expect, test } from '@playwright/test';
import { linkFromMailbox } from './support/mailbox';
import { confirmSignIn, signIn } from './support/sign-in';

test('an admin of ADMIN_EMAILS signs in with the link from the local mailbox, and signs out', async ({ page }) => {
  await signIn(page, 'admin@example.org');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Workspace' })).toContainText('admin@example.org (admin)');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto('/en/admin');
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
});

test('an address without an account gets the same answer and no mail', async ({ page }) => {
  const stranger = `stranger-${Date.now()}@example.org`;
  await page.goto('/en/admin/sign-in');
  await page.getByLabel('Email address').fill(stranger);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await page.goto('/en/admin/mailbox');
  await expect(page.getByTestId('mailbox-to').getByText(stranger, { exact: true })).toHaveCount(0);
});

test('a sign-in link asked for in French comes in French and works once', async ({ page, browser }) => {
  await page.goto('/fr/admin/sign-in');
  await page.getByLabel('Adresse électronique').fill('admin-once@example.org');
  await page.getByRole('button', { name: 'M’envoyer un lien de connexion' }).click();
  await expect(page.getByRole('heading', { name: 'Consultez vos courriels' })).toBeVisible();
  const link = await linkFromMailbox(page, 'admin-once@example.org', 'admin/sign-in/confirm', 'fr');
  const message = page
    .getByTestId('mailbox-message')
    .filter({ has: page.getByTestId('mailbox-to').getByText('admin-once@example.org', { exact: true }) })
    .first();
  await expect(message.getByRole('heading', { name: 'Votre lien de connexion' })).toBeVisible();
  await expect(message).toContainText('expire dans 15 minutes');
  // A mail scanner opening the link first does not use it up: the token is used when the person presses the button.
  expect((await page.request.get(link, { maxRedirects: 0 })).status()).toBe(200);
  await page.goto(link);
  await expect(page.getByText('Se connecter en tant que admin-once@example.org ?')).toBeVisible();
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/admin$/);

  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  await confirmSignIn(second);
  await expect(second).toHaveURL(/\/admin\/sign-in\?error=/);
  // The link's page was French, so the error page is too, whatever the new browser's Accept-Language.
  await expect(second.getByText('Ce lien de connexion n’est plus valable')).toBeVisible();
  await other.close();
});

test('a malformed address gets a field error in the user language and sends nothing', async ({ page }) => {
  await page.goto('/ru/admin/sign-in');
  await page.getByLabel('Адрес электронной почты').fill('not an address');
  await page.getByRole('button', { name: 'Прислать ссылку для входа' }).click();
  await expect(page.locator('#email-error')).toHaveText('Введите правильный адрес, например name@example.org.');
  await expect(page).toHaveURL(/\/ru\/admin\/sign-in$/);
});

test('workspace pages send visitors to sign in', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
});

test('the local mailbox opens without a session only to a browser on this machine, never to a request a proxy forwards', async ({ request }) => {
  const mailbox = (headers: Record<string, string> = {}) => request.get('/en/admin/mailbox', { headers, maxRedirects: 0 });
  expect((await mailbox()).status()).toBe(200);
  // A reverse proxy on this machine would pass requests from anywhere: it says so, and a client cannot pose as local.
  const forwardedRequests: Record<string, string>[] = [{ 'x-forwarded-for': '203.0.113.9' }, { forwarded: 'for=203.0.113.9' }, { 'x-tracker-local-visitor': '1', 'x-real-ip': '203.0.113.9' }];
  for (const headers of forwardedRequests) {
    const answer = await mailbox(headers);
    expect(answer.status(), JSON.stringify(headers)).toBe(307);
    expect(answer.headers().location, JSON.stringify(headers)).toMatch(/\/en\/admin\/sign-in$/);
  }
});

test('a damaged sign-in link says so and offers to ask for a new one', async ({ page }) => {
  await page.goto('/en/admin/sign-in/confirm?token=1234&email=admin%40example.org');
  await expect(page.getByText('This sign-in link is incomplete')).toBeVisible();
  await page.getByRole('link', { name: 'Ask for a new one.' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
});
