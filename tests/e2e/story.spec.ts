// The three views as one story: a choice in one shows in the others.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, reachViews, openFilters } from './helpers';

const milestones = (JSON.parse(readFileSync('data/milestones.json', 'utf8')) as { id: string; title: string; countries?: string[] }[]).map((m) => ({ ...m, countries: m.countries ?? [] }));
const regions = JSON.parse(readFileSync('data/regions.json', 'utf8')) as { id: string; name: string; countries: string[] }[];
const concerning = (codes: string[]) => milestones.filter((m) => m.countries.some((c) => codes.includes(c)));

async function ready(page: import('@playwright/test').Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.locator('#map-country-NG')).toBeVisible({ timeout: 15_000 });
  await reachViews(page);
  await expect(page.locator('#timeline li.milestone').first()).toBeAttached({ timeout: 15_000 });
}

test('choosing West Africa on the map changes the figures and filters the timeline', async ({ page }) => {
  await ready(page);
  const wa = regions.find((r) => r.id === 'west-africa')!;
  const expected = concerning(wa.countries);
  expect(expected.length).toBeGreaterThan(0);
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Region', exact: true }).selectOption('west-africa');
  await expect(page.locator('#timeline').getByRole('status').filter({ hasText: 'Showing the milestones that concern' })).toHaveText(
    new RegExp(`concern West Africa \\(ECOWAS\\): ${expected.length} of ${milestones.length}`),
  );
  await expect(page.locator('#timeline li.milestone')).toHaveCount(expected.length);
  await expect(page.locator('#figures .sentence')).toContainText('West Africa (ECOWAS):');
  await page.locator('#timeline').getByRole('button', { name: 'Show all milestones' }).click();
  await expect(page.locator('#timeline li.milestone')).toHaveCount(milestones.length);
});

test('opening a country narrows the timeline to it; a region with no milestone says so', async ({ page }) => {
  await ready(page);
  await page.locator('#map-country-NG').click();
  await expect(page.locator('#timeline li.milestone')).toHaveCount(concerning(['NG']).length);
  await page.getByRole('button', { name: 'Close Nigeria' }).click();
  const empty = regions.find((r) => concerning(r.countries).length === 0);
  test.skip(!empty, 'every region has a milestone');
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Region', exact: true }).selectOption(empty!.id);
  await expect(page.locator('#timeline')).toContainText(`No milestone in the data concerns ${empty!.name}.`);
});

test('focusing a milestone outlines its countries on the map', async ({ page }) => {
  await ready(page);
  const withCountries = milestones.find((m) => m.countries.length > 1) ?? milestones.find((m) => m.countries.length > 0)!;
  await page.locator(`#timeline [data-id="${withCountries.id}"]`).click();
  for (const code of withCountries.countries) {
    await expect(page.locator(`#map .highlighted[data-code="${code}"]`).first()).toBeAttached();
  }
  await expect(page.locator('#map .highlight-note')).toContainText(withCountries.title);
  await expectNoAxeViolations(page, '#map');
});

test('playing the map’s years moves the timeline to the same year', async ({ page }) => {
  await ready(page);
  const track = page.locator('#timeline [data-view]');
  const full = await track.getAttribute('data-view');
  await openFilters(page);
  await page.getByRole('combobox', { name: 'From year', exact: true }).selectOption('2010');
  await openFilters(page);
  await page.getByRole('combobox', { name: 'To year', exact: true }).selectOption('2010');
  await expect(track).toHaveAttribute('data-view', '2010.000,2011.000');
  await page.getByRole('button', { name: /Play the years/ }).click();
  await expect(track).toHaveAttribute('data-view', '2011.000,2012.000', { timeout: 5000 });
  await page.getByRole('button', { name: /Pause/ }).click();
  // Unlinked, the timeline stays where it is.
  await openFilters(page);
  await page.getByRole('checkbox', { name: 'Move the timeline with these years' }).uncheck();
  const before = await track.getAttribute('data-view');
  await openFilters(page);
  await page.getByRole('combobox', { name: 'From year', exact: true }).selectOption('2002');
  await openFilters(page);
  await expect(page.getByRole('combobox', { name: 'From year', exact: true })).toHaveValue('2002');
  expect(await track.getAttribute('data-view')).toBe(before);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  expect(full).toBe('2002.000,2024.000');
});

test('a deep link with a region, a country and a milestone opens all three', async ({ page }) => {
  const m = milestones.find((x) => x.countries.includes('NG')) ?? milestones[0]!;
  await ready(page, `?region=west-africa&country=NG&milestone=${m.id}`);
  await expect(page.locator('#country-panel-heading')).toHaveText('Nigeria');
  await openFilters(page);
  await expect(page.getByRole('combobox', { name: 'Region', exact: true })).toHaveValue('west-africa');
  await expect(page.locator('#timeline')).toContainText(m.title);
});
