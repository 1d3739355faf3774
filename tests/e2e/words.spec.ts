// Each view in words: the map's accessible description names the country with the most projects and follows the
// filters; the French page gives the French sentence; the timeline's and the figures' summaries; the announcement.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { countryName } from '../../src/lib/format/country-name';
import { expectNoAxeViolations, reachViews, trackErrors, openFilters } from './helpers';

/** The country with the most projects in the dataset, and its count, from the data file itself. */
function leader(): { code: string; count: number } {
  const projects = JSON.parse(readFileSync('data/projects.json', 'utf8')) as { countries: string[] }[];
  const counts = new Map<string, number>();
  for (const p of projects) for (const c of p.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [code, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { code, count };
}

const mapGroup = (page: Page) => page.locator('#map svg[role="group"]');

test('the map’s description names the leading country and follows the region and donor filters', async ({ page }) => {
  const errors = await trackErrors(page);
  await page.goto('./');
  const { code, count } = leader();
  const map = mapGroup(page);
  await expect(map).toHaveAccessibleDescription(new RegExp(`^World map of \\d+\\sdocumented projects and actions in \\d+\\scountries.*Most: ${countryName(code, 'en')} \\(${count}\\)`));
  const whole = await map.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).textContent());

  await openFilters(page);
  await page.getByRole('combobox', { name: 'Region', exact: true }).selectOption('west-africa');
  await expect(map).toHaveAccessibleDescription(/^Filtered to region West Africa.*\. \d+ of \d+\sdocumented projects and actions, in \d+\scountries\./);
  await expect(map).not.toHaveAccessibleDescription(whole!);
  // Announced once the filters rest.
  await expect(page.locator('#map [role="status"]').filter({ hasText: /^Filtered to region West Africa/ })).toHaveCount(1);

  const donor = page.getByRole('combobox', { name: 'Donor', exact: true });
  const firstDonor = await donor.locator('option').nth(1).textContent();
  await donor.selectOption({ index: 1 });
  await expect(map).toHaveAccessibleDescription(new RegExp(`^Filtered to region West Africa.* and donor ${firstDonor!.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`));

  // The disclosure under the map shows the same words.
  await page.getByText('In words', { exact: true }).first().click();
  await expect(page.locator('#map-in-words')).toBeVisible();
  await expectNoAxeViolations(page, '#map');
  expect(errors).toEqual({ console: [], csp: [] });
});

test('the French page describes the map in French', async ({ page }) => {
  await page.goto('./?lang=fr');
  const { code, count } = leader();
  const name = countryName(code, 'fr');
  await expect(mapGroup(page)).toHaveAccessibleDescription(new RegExp(`^Carte du monde de \\d+\\s+projets et actions documentés dans \\d+\\s+pays.*En tête\\s+: ${name} \\(${count}\\)`));
  await expect(page.getByText('En quelques mots').first()).toBeVisible();
});

test('a filter that keeps nothing says so', async ({ page }) => {
  await page.goto('./?theme=research&kind=event&from=2002&to=2002');
  await expect(mapGroup(page)).toHaveAccessibleDescription(/No documented project matches these filters\./);
});

test('the timeline and the figures are described too', async ({ page }) => {
  await page.goto('./');
  await reachViews(page);
  const timeline = page.locator('#timeline [role="group"]').first();
  await expect(timeline).toHaveAccessibleDescription(/^Timeline of \d+\smilestones from 2002 to 2023\. By category: Policy \d+, .*Busiest years: /);
  await expect(page.locator('#figures-in-words')).toContainText(/^The programme’s stated totals \(2022\): .*Documented in this app: \d+\sdocumented projects and actions in \d+\scountries/);
});
