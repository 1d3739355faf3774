import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, reachViews, trackErrors } from './helpers';

interface Stat {
  id: string;
  value: number;
  qualifier: string;
  format: string;
}
const statistics = JSON.parse(readFileSync('data/statistics.json', 'utf8')) as Stat[];
type Proj = { countries: string[]; scope?: string; period: { start?: number; end?: number }; documented?: { date: string }[] };
const projects = (JSON.parse(readFileSync('data/projects.json', 'utf8')) as Proj[]).filter((p) => p.scope !== 'related');
const regions = JSON.parse(readFileSync('data/regions.json', 'utf8')) as { id: string; name: string; countries: string[] }[];
const finalText = (s: Stat) => (s.format === 'year' ? String(s.value) : new Intl.NumberFormat('en').format(s.value)) + s.qualifier;

const shownValues = (page: import('@playwright/test').Page) =>
  page.locator('#figures .stat .value [aria-hidden="true"]').allTextContents();

test('counters show their final values until seen, then count up to them once they scroll into view', async ({ page }) => {
  const errors = await trackErrors(page);
  await page.goto('./');
  // Just below the screen: near enough to be drawn (LazySection), not yet seen.
  await page.evaluate(() => scrollTo(0, document.getElementById('figures')!.getBoundingClientRect().top + scrollY - innerHeight + 100));
  await expect(page.locator('#figures .stat')).toHaveCount(statistics.length, { timeout: 15_000 });
  // Not yet seen: the final values (a screenshot or a printout taken now must not read "0+").
  expect(await shownValues(page)).toEqual(statistics.map(finalText));
  // Every value the first counter shows from now on: it counts up from 0 once it is on screen.
  const counted = statistics.findIndex((s) => s.format === 'count');
  await page.evaluate((i) => {
    const seen: string[] = ((window as unknown as { __seen: string[] }).__seen = []);
    const value = document.querySelectorAll('#figures .stat .value [aria-hidden="true"]')[i]!;
    new MutationObserver(() => seen.push(value.textContent ?? '')).observe(value, { characterData: true, childList: true, subtree: true });
  }, counted);
  await page.locator('#figures .stat').last().scrollIntoViewIfNeeded();
  const seen = () => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  await expect.poll(async () => (await seen()).at(-1), { timeout: 5000 }).toBe(finalText(statistics[counted]!));
  expect((await seen())[0]).toBe('0+');
  await expect.poll(() => shownValues(page), { timeout: 5000 }).toEqual(statistics.map(finalText));
  // Screen readers get only the final value, from the start.
  await expect(page.locator('#figures .stat .value .visually-hidden')).toHaveText(statistics.map(finalText));
  expect(await page.evaluate(() => performance.getEntriesByName('counters:ready').length)).toBe(1);
  expect(errors).toEqual({ console: [], csp: [] });
});

test('with reduced motion the counters show their final values at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await reachViews(page, 'figures');
  await expect(page.locator('#figures .stat')).toHaveCount(statistics.length, { timeout: 15_000 });
  expect(await shownValues(page)).toEqual(statistics.map(finalText));
});

test('the documented figures follow the region chosen on the map', async ({ page }) => {
  await page.goto('./');
  await reachViews(page, 'figures');
  const sentence = page.locator('#figures .sentence');
  await expect(sentence).toContainText(`All documented work: ${projects.length} projects and actions`, { timeout: 15_000 });
  const wa = regions.find((r) => r.id === 'west-africa')!;
  await page.getByRole('combobox', { name: 'Region', exact: true }).selectOption('west-africa');
  const kept = projects.filter((p) => p.countries.some((c) => wa.countries.includes(c)));
  const countries = new Set(kept.flatMap((p) => p.countries.filter((c) => wa.countries.includes(c))));
  const years = (p: Proj) => [p.period.start, p.period.end, ...(p.documented ?? []).map((d) => Number(d.date.slice(0, 4)))].filter((y): y is number => y !== undefined);
  const since = Math.min(...kept.flatMap(years));
  await expect(sentence).toHaveText(`West Africa (ECOWAS): ${kept.length} projects and actions in ${countries.size} countries, the first documented in ${since}.`);
  await expect(page.getByRole('row', { name: /West Africa/ })).toContainText('shown on the map');
});

test('“Show” in the regional coverage filters and zooms the map to that region', async ({ page }) => {
  await page.goto('./');
  await reachViews(page, 'figures');
  await page.getByRole('button', { name: 'Show Silk Routes and Central Asia on the map' }).click();
  await expect(page.getByRole('combobox', { name: 'Region', exact: true })).toHaveValue('silk-routes-central-asia');
  await expect(page).toHaveURL(/region=silk-routes-central-asia/);
  await expect.poll(async () => page.locator('#map svg > g').getAttribute('transform')).not.toContain('scale(1)');
});

test('the map can be coloured by region, with a legend of the regions', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('radio', { name: 'Region' }).check();
  const legend = page.locator('#map figure.legend');
  await expect(legend).toContainText('Programme regions');
  for (const r of regions) await expect(legend).toContainText(r.name);
  await expect(page).toHaveURL(/colour=region/);
});

test('axe finds no violations in the figures', async ({ page }) => {
  await page.goto('./');
  await reachViews(page, 'figures');
  await expect(page.locator('#figures .stat')).toHaveCount(statistics.length, { timeout: 15_000 });
  await expectNoAxeViolations(page, '#figures');
});
