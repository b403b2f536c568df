import { expect, test, type Page } from '@playwright/test';

const caseSlugs = (page: Page) => page.locator('[data-case]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-case')));

test.describe('the case directory without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('finds a case by another spelling, and keeps the search in the box', async ({ page }) => {
    await page.goto('/en/cases');
    await page.getByLabel('Search by name').fill('Курамшин');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/cases\?q=/);
    expect((await caseSlugs(page))[0]).toBe('vadim-kuramshin');
    await expect(page.getByLabel('Search by name')).toHaveValue('Курамшин');

    await page.goto('/fr/cases?q=Janaözen');
    expect((await caseSlugs(page))[0]).toBe('zhanaozen-defendants');
  });

  test('filters by several statuses and a campaign, shows them selected, and counts each status', async ({ page }) => {
    await page.goto('/en/cases');
    await expect(page.getByLabel(/^Released \(\d+\)$/)).not.toBeChecked();
    await page.getByLabel(/^Released \(\d+\)$/).check();
    await page.getByLabel(/^In exile \(\d+\)$/).check();
    await page.getByLabel('Campaign').selectOption('zhanaozen-2011');
    await page.getByRole('button', { name: 'Show cases' }).click();

    await expect(page).toHaveURL(/[?&]status=RELEASED&status=IN_EXILE&campaign=zhanaozen-2011/);
    expect((await caseSlugs(page)).sort()).toEqual(['esenbek-ouktechbaev', 'igor-vyshnevskii', 'natalia-sokolova']);
    await expect(page.getByText('3 cases match.')).toBeVisible();
    await expect(page.getByLabel('Released (2)')).toBeChecked();
    await expect(page.getByLabel('In exile (1)')).toBeChecked();
    // Counts of the statuses one could add to the choice, within the chosen campaign.
    await expect(page.getByLabel('Detained (4)')).not.toBeChecked();
    await expect(page.getByLabel('Campaign')).toHaveValue('zhanaozen-2011');
  });

  test('narrows to the people currently deprived of liberty', async ({ page }) => {
    await page.goto('/en/cases');
    await page.getByLabel('Only people currently deprived of liberty').check();
    await page.getByRole('button', { name: 'Show cases' }).click();
    await expect(page).toHaveURL(/[?&]deprived=1/);
    const held = await caseSlugs(page);
    expect(held).toEqual(expect.arrayContaining(['vadim-kuramshin', 'tamara-sergazieva', 'zhanaozen-defendants', 'january-2022-detainees']));
    expect(held).not.toContain('natalia-sokolova');
    expect(held).not.toContain('berik-zhagiparov');
    await expect(page.getByLabel('Only people currently deprived of liberty')).toBeChecked();
  });

  test('says when nothing matches and suggests close spellings', async ({ page }) => {
    await page.goto('/en/cases?q=Sakalova');
    await expect(page.getByText('No case matches «Sakalova».')).toBeVisible();
    await expect(page.locator('[data-case]')).toHaveCount(0);
    await page.getByTestId('suggestions').getByRole('link', { name: 'Natalia Sokolova' }).click();
    await expect(page).toHaveURL(/\/en\/cases\/natalia-sokolova$/);
  });

  for (const query of ['status=nonsense', `q=${'x'.repeat(10_000)}`, 'campaign=no-such-campaign', 'status=DETAINED&status=nonsense&deprived=maybe', 'q=%25_%5C%27', 'q=']) {
    test(`ignores what it cannot use: ?${query.slice(0, 40)}`, async ({ page }) => {
      const response = await page.goto(`/en/cases?${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('[data-case="vadim-kuramshin"]')).toBeVisible();
    });
  }
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`the 404 page ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('searches the cases', async ({ page }) => {
      const response = await page.goto('/en/no-such-page');
      expect(response?.status()).toBe(404);
      // With JavaScript, the browser puts its own render of the same 404 page in place of the server's once the
      // scripts have run: what is typed before that is typed into a form about to be replaced.
      if (javaScriptEnabled) await page.waitForLoadState('networkidle');
      await page.getByLabel('Search by name').fill('Kouramchine');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(/\/en\/cases\?q=Kouramchine$/);
      await expect(page.locator('[data-case]').first()).toHaveAttribute('data-case', 'vadim-kuramshin');
    });

    for (const address of ['/fr/cases/personne-inconnue', '/fr/events/action-inconnue', '/fr/sources/document-inconnu', '/fr/aucune/page']) {
      test(`answers ${address} in the address's language`, async ({ page }) => {
        const response = await page.goto(address);
        expect(response?.status()).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
        await expect(page).toHaveTitle(/^Page introuvable · /);
        await expect(page.getByRole('heading', { name: 'Page introuvable', level: 1 })).toBeVisible();
        await expect(page.getByRole('link', { name: 'Voir tous les cas' })).toBeVisible();
      });
    }
  });
}

const lists = {
  lsi: '[data-demand-list="ligue-socialiste-internationale/doc-002-lsi-non-a-la-repression-2022-01"]',
  msk: '[data-demand-list="mouvement-socialiste-du-kazakhstan/doc-003-msk-soulevement-2022-01"]',
  campaignKazakhstan: '[data-demand-list="campaign-kazakhstan/doc-004-campaign-update-2012-03-19"]',
};

for (const [locale, heading, pending, progress, people] of [
  ['en', 'Demands', 'Pending', '0 of 53 released', '52 people'],
  ['fr', 'Revendications', 'En attente', '0 sur 53 libéré·e·s', '52 personnes'],
  ['ru', 'Требования', 'Ожидает ответа', 'Освобождено 0 из 53', '52 человека'],
] as const) {
  test(`the demands in ${locale}: each list whole, with status and progress`, async ({ page }) => {
    await page.goto(`/${locale}/demands`);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expect(page.locator(`${lists.lsi} ol[data-kind="DEMAND"] > li`)).toHaveCount(5);
    await expect(page.locator(`${lists.msk} ol[data-kind="DEMAND"] > li`)).toHaveCount(5);
    await expect(page.locator(`${lists.campaignKazakhstan} ol[data-kind="DEMAND"] > li`)).toHaveCount(7);
    await expect(page.locator(`${lists.lsi} ol[data-kind="CALL_TO_ACTION"] > li`)).toHaveCount(2);

    // The 52 Zhanaozen defendants and Tamara Sergazieva, arrested in Zhanaozen too.
    const zhanaozen = page.locator('#ck-2012-liberation-arretes-zhanaozen');
    await expect(zhanaozen.locator('p[lang="fr"]').first()).toContainText('La libération de tous ceux arrêtés à Zhanaozen');
    await expect(zhanaozen.locator('[data-demand-status]')).toHaveText(pending);
    await expect(zhanaozen.getByTestId('demand-progress')).toHaveText(progress);
    await expect(zhanaozen).toContainText(people);
    await expect(page.locator('#ck-2012-fin-de-la-repression').getByTestId('demand-progress')).not.toHaveText(/\d/);
  });
}

test('a source links to its demand on the demands page, with its quote', async ({ page }) => {
  await page.goto('/en/sources/doc-004-campaign-update-2012-03-19');
  await page.getByRole('link', { name: 'La libération de tous ceux arrêtés à Zhanaozen', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/demands#ck-2012-liberation-arretes-zhanaozen$/);
  const demand = page.locator('#ck-2012-liberation-arretes-zhanaozen');
  await expect(demand).toBeInViewport();
  await demand.getByText(/^Sources/).click();
  await expect(demand.locator('blockquote')).toContainText('La libération de tous ceux arrêtés à Zhanaozen');
  await expect(page.locator(lists.campaignKazakhstan)).toContainText('Issued by Campaign Kazakhstan, March 19, 2012');
});

test('a case page lists the demands that concern it', async ({ page }) => {
  await page.goto('/en/cases/vadim-kuramshin');
  const section = page.getByRole('region', { name: 'Demands for this case' });
  await expect(section.locator('[data-demand]')).toHaveCount(2);
  await expect(section).toContainText('La libération de tous les prisonniers politiques du Kazakhstan');
  await section.getByRole('link', { name: 'All demands' }).first().click();
  await expect(page).toHaveURL(/\/en\/demands#ck-2012-/);
});
