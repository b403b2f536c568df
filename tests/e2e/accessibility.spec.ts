import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { locales } from '../../lib/i18n/routing';

/** Every public page (one of each kind), scanned in every language. */
const publicPages = [
  '/',
  '/cases',
  '/cases/vadim-kuramshin',
  '/cases/zhanaozen-defendants',
  '/sources/doc-004-campaign-update-2012-03-19',
  '/demands',
  '/events',
  '/events/commemoration-100-jours-2012-03-24',
  '/subscribe',
  '/admin/sign-in',
  '/no-such-page',
];

for (const locale of locales) {
  for (const path of publicPages) {
    test(`${locale}${path} has no serious or critical accessibility violation`, async ({ page }) => {
      await page.goto(`/${locale}${path === '/' ? '' : path}`);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }
}
