// The dark scheme: followed from the reader's system or asked for with ?scheme=dark; the map's palette swapped for its
// dark counterpart; axe passes; screenshots of the three views at a desktop's and a phone's size.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, reachViews, trackErrors } from './helpers';

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const DARK = 'rgb(16, 23, 29)';
const LIGHT = 'rgb(255, 255, 255)';

test.describe('a reader whose system is dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the page, the map and its legend are dark, and axe finds nothing', async ({ page }) => {
    const errors = await trackErrors(page);
    await page.goto('./');
    expect(await pageBackground(page)).toBe(DARK);
    // Nigeria has the most projects: its fill is the light palette's, drawn as the dark counterpart.
    const nigeria = page.locator('#map-country-NG');
    await expect(nigeria).toHaveAttribute('fill', /^#[0-9a-f]{6}$/);
    const drawn = await nigeria.evaluate((el) => getComputedStyle(el).fill);
    expect(['rgb(29, 145, 192)', 'rgb(65, 182, 196)', 'rgb(127, 205, 187)', 'rgb(199, 233, 180)', 'rgb(237, 248, 177)']).toContain(drawn);
    const swatch = page.locator('.legend .swatch[data-fill="#eef0f2"]');
    expect(await swatch.evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(37, 47, 56)');
    await reachViews(page);
    await expectNoAxeViolations(page);
    expect(errors).toEqual({ console: [], csp: [] });
  });

  test('?scheme=light keeps an embed light', async ({ page }) => {
    await page.goto('./?embed=map&scheme=light');
    await expect(page.locator('#map-country-NG')).toBeVisible();
    expect(await pageBackground(page)).toBe(LIGHT);
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`screenshots at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('./');
      await expect(page.locator('#map-country-NG')).toBeVisible();
      await reachViews(page);
      for (const id of ['map', 'timeline', 'figures']) {
        await page.locator(`#${id}`).screenshot({ path: `test-results/screenshots/dark-${id}-${viewport.width}.png` });
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `test-results/screenshots/dark-top-${viewport.width}.png` });
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  }
});

test('?scheme=dark makes an embed dark on a light system, and axe passes there', async ({ page }) => {
  const errors = await trackErrors(page);
  await page.goto('./?embed=timeline&scheme=dark');
  await expect(page.locator('#timeline')).toBeVisible();
  expect(await pageBackground(page)).toBe(DARK);
  await expect(page.getByText('Part of this address was not understood')).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(errors).toEqual({ console: [], csp: [] });
});

test('?scheme=purple is reported and ignored', async ({ page }) => {
  await page.goto('./?scheme=purple');
  await expect(page.getByText('Part of this address was not understood')).toBeVisible();
  expect(await pageBackground(page)).toBe(LIGHT);
});
