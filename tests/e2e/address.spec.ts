import { expect, test } from '@playwright/test';
import { openFilters, reachViews, trackErrors } from './helpers';

test('a copied address reopens the same view in a new page', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.locator('#map-country-NG')).toBeVisible({ timeout: 15_000 });
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption('capacity-building');
  await openFilters(page);
  await page.getByRole('combobox', { name: 'From year', exact: true }).selectOption('2021');
  await page.locator('#map').getByRole('button', { name: 'Zoom in' }).click();
  await page.locator('#map-country-NG').click();
  await expect(page).toHaveURL(/zoom=/);
  const address = page.url();
  expect(address).toMatch(/country=NG/);
  const transform = await page.locator('#map svg > g').getAttribute('transform');

  const copy = await context.newPage();
  await copy.goto(address);
  await expect(copy.locator('#country-panel-heading')).toHaveText('Nigeria', { timeout: 15_000 });
  await openFilters(copy);
  await expect(copy.getByRole('combobox', { name: 'Theme', exact: true })).toHaveValue('capacity-building');
  await openFilters(copy);
  await expect(copy.getByRole('combobox', { name: 'From year', exact: true })).toHaveValue('2021');
  await expect(copy.locator('#map svg > g')).toHaveAttribute('transform', transform!);
});

test('Back undoes the last choice, and zooming does not fill the history', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#map-country-GH')).toBeVisible({ timeout: 15_000 });
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption('policy');
  await page.locator('#map-country-GH').click();
  await expect(page.locator('#country-panel-heading')).toHaveText('Ghana');
  for (let i = 0; i < 3; i++) await page.locator('#map').getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/zoom=/);
  await page.goBack();
  await expect(page.locator('#country-panel-heading')).toHaveCount(0);
  await openFilters(page);
  await expect(page.getByRole('combobox', { name: 'Theme', exact: true })).toHaveValue('policy');
  await page.goBack();
  await openFilters(page);
  await expect(page.getByRole('combobox', { name: 'Theme', exact: true })).toHaveValue('');
});

for (const [query, shown] of [
  ['?country=ZZ', 'country=ZZ'],
  ['?year=abc', 'year=abc'],
  ['?region=<script>alert(1)</script>', 'region=<script>alert(1)</script>'],
  ['?region=atlantis&zoom=1/2', 'region=atlantis'],
] as const) {
  test(`a malformed address (${query}) gives a notice and a working page`, async ({ page }) => {
    const errors = await trackErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`./${query}`);
    const notice = page.getByRole('status').filter({ hasText: 'not understood' });
    await expect(notice).toContainText(shown, { timeout: 15_000 });
    await expect(page.locator('#map-country-NG')).toBeVisible({ timeout: 15_000 });
    await reachViews(page, 'figures');
    await expect(page.locator('#figures .stat').first()).toBeVisible();
    expect(dialogs).toBe(0);
    expect(errors).toEqual({ console: [], csp: [] });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });
}
