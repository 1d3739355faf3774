import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { expectNoAxeViolations, trackErrors, openFilters } from './helpers';

interface P {
  id: string;
  title: string;
  name: string;
  countries: string[];
  themes: string[];
}
// The programme's work: related ICMPD projects (scope "related") are listed in a panel but neither coloured nor counted.
const projects = (JSON.parse(readFileSync('data/projects.json', 'utf8')) as (P & { scope?: string })[]).filter((p) => p.scope !== 'related');
const regions = JSON.parse(readFileSync('data/regions.json', 'utf8')) as { id: string; name: string; countries: string[] }[];
const countriesWithProjects = [...new Set(projects.flatMap((p) => p.countries))];
const countOf = (code: string) => projects.filter((p) => p.countries.includes(code)).length;

async function transformOf(page: Page): Promise<{ k: number; x: number; y: number }> {
  const attr = (await page.locator('#map svg > g').getAttribute('transform')) ?? '';
  const [, x, y, k] = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(attr) ?? [];
  return { k: Number(k), x: Number(x), y: Number(y) };
}

/** The map on screen and answering: the prerendered page shows it before its code has taken it over. */
async function ready(page: Page) {
  await page.goto('./');
  await expect(page.locator('#map-country-NG')).toBeVisible({ timeout: 15_000 });
  await page.waitForFunction(() => performance.getEntriesByName('map:interactive').length > 0, null, { timeout: 15_000 });
}

test('hovering a country shows its name, count, region and first projects beside the pointer', async ({ page }) => {
  await ready(page);
  const ng = page.locator('#map-country-NG');
  const box = (await ng.boundingBox())!;
  const pointer = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(pointer.x, pointer.y);
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('Nigeria');
  await expect(tip).toContainText(`${countOf('NG')} projects and actions · West Africa (ECOWAS)`);
  const t = (await tip.boundingBox())!;
  const inside = pointer.x >= t.x && pointer.x <= t.x + t.width && pointer.y >= t.y && pointer.y <= t.y + t.height;
  expect(inside).toBe(false);
  await page.mouse.move(5, 5);
  await expect(tip).toHaveCount(0);
});

test('clicking a country lists exactly its projects from data/', async ({ page }) => {
  const errors = await trackErrors(page);
  await ready(page);
  for (const code of ['NG', 'CV', 'BR']) {
    await page.locator(`#map-country-${code}`).click();
    const panel = page.locator('section[aria-labelledby="country-panel-heading"]');
    const expected = projects.filter((p) => p.countries.includes(code)).map((p) => p.title);
    await expect(panel.locator(':scope > article h4')).toHaveText(expected);
    await panel.getByRole('button', { name: /Close/ }).click();
    await expect(panel).toHaveCount(0);
    await expect(page.locator(`#map-country-${code}`)).toBeFocused();
  }
  expect(errors).toEqual({ console: [], csp: [] });
});

test('each region preset zooms to that region', async ({ page }) => {
  await ready(page);
  const svg = (await page.locator('#map svg[role="group"]').boundingBox())!;
  for (const region of regions) {
    const before = JSON.stringify(await transformOf(page));
    await page.getByRole('combobox', { name: 'Zoom to a region' }).selectOption(region.id);
    // The transition over: the countries are drawn at a new zoom, and the picture is no longer moved as one layer.
    await expect.poll(async () => JSON.stringify(await transformOf(page))).not.toBe(before);
    await expect(page.locator('#map .picture')).not.toHaveClass(/moving/);
    expect((await transformOf(page)).k).toBeGreaterThan(1.2);
    for (const code of region.countries) {
      const b = (await page.locator(`#map-country-${code}`).boundingBox())!;
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      expect(cx, `${code} in ${region.id}`).toBeGreaterThanOrEqual(svg.x);
      expect(cx, `${code} in ${region.id}`).toBeLessThanOrEqual(svg.x + svg.width);
      expect(cy, `${code} in ${region.id}`).toBeGreaterThanOrEqual(svg.y);
      expect(cy, `${code} in ${region.id}`).toBeLessThanOrEqual(svg.y + svg.height);
    }
  }
});

test('buttons and the wheel zoom; the wheel is left to the page until the map is used', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await ready(page);
  await page.locator('#map').getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await transformOf(page)).k).toBeCloseTo(1.6, 1);
  await page.locator('#map').getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await transformOf(page)).k).toBeCloseTo(1, 1);
  // Working elsewhere on the page hands the wheel back to the page.
  await page.getByRole('heading', { name: 'Where the documented projects are' }).click();

  const box = (await page.locator('#map svg[role="group"]').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect(page.getByText('Use Ctrl + scroll to zoom the map')).toBeVisible();
  expect((await transformOf(page)).k).toBe(1);

  await page.mouse.click(box.x + 5, box.y + box.height / 2); // the Pacific
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await transformOf(page)).k).toBeGreaterThan(1.5);
  await page.locator('#map').getByRole('button', { name: 'Show the whole world' }).click();
  await expect.poll(async () => (await transformOf(page)).k).toBe(1);
});

test('during a zoom the countries are not redrawn: the picture moves as one layer, then is redrawn once', async ({ page }) => {
  await ready(page);
  // The picture's layer: the map's <svg> and the element that holds it, which the gesture moves.
  const picture = page.locator('#map .picture');
  const frames = await page.evaluate(async () => {
    const picture = document.querySelector('#map .picture') as HTMLElement;
    const g = picture.querySelector(':scope > svg > g')!;
    const overlay = document.querySelector('#map svg.overlay') as SVGSVGElement;
    const seen: { layer: string; drawn: string; overlay: string; plain: boolean }[] = [];
    (document.querySelector('#map button[aria-label="Zoom in"]') as HTMLButtonElement).click();
    // The animated zoom lasts 750 ms; sample its frames.
    for (let i = 0; i < 30; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      seen.push({ layer: picture.style.transform, drawn: g.getAttribute('transform') ?? '', overlay: overlay.style.transform, plain: picture.classList.contains('moving') && getComputedStyle(g.querySelector('.country')!).shapeRendering.toLowerCase() === 'optimizespeed' });
    }
    return seen;
  });
  const moving = frames.filter((f) => f.layer !== '');
  expect(moving.length, 'frames moved by the layer transform').toBeGreaterThan(3);
  expect(new Set(moving.map((f) => f.drawn)).size, 'the paths keep one transform while the layer moves').toBe(1);
  // The hover outline's layer moves with it, and the picture is drawn without anti-aliasing only while it moves.
  expect(moving.every((f) => f.overlay === f.layer && f.plain)).toBe(true);
  await expect.poll(async () => (await transformOf(page)).k).toBeCloseTo(1.6, 1);
  expect(await picture.evaluate((e) => e.style.transform)).toBe('');
  expect(await page.locator('#map svg.overlay').evaluate((e) => (e as SVGElement).style.transform)).toBe('');
  expect(await picture.evaluate((e) => [e.classList.contains('moving'), getComputedStyle(e.querySelector('.country')!).shapeRendering])).toEqual([false, 'auto']);
});

test('keyboard only: one tab stop, Page Down reaches every country with a project, Enter opens it, Esc returns', async ({ page }) => {
  await ready(page);
  await page.getByRole('combobox', { name: 'Zoom to a region' }).focus();
  await page.keyboard.press('Tab');
  const focusedCode = () => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.['code'] ?? null);
  const first = await focusedCode();
  expect(first).not.toBeNull();
  const visited: string[] = [];
  for (let i = 0; i < countriesWithProjects.length; i++) {
    const code = (await focusedCode())!;
    visited.push(code);
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(label).toMatch(new RegExp(`, ${countOf(code)} projects? (and actions|or action)`));
    await page.keyboard.press('Enter');
    const heading = page.locator('#country-panel-heading');
    await expect(heading).toBeFocused();
    // The programme's projects: related ICMPD projects and studies about the country are listed apart (.apart).
    await expect(page.locator('section[aria-labelledby="country-panel-heading"] > article')).toHaveCount(countOf(code));
    await page.keyboard.press('Escape');
    await expect(heading).toHaveCount(0);
    expect(await focusedCode()).toBe(code);
    await page.keyboard.press('PageDown');
  }
  expect(new Set(visited)).toEqual(new Set(countriesWithProjects));
  expect(await focusedCode()).toBe(first); // wraps around
  // One tab stop: Tab leaves the map.
  await page.keyboard.press('Tab');
  expect(await focusedCode()).toBeNull();
});

test('the table lists the same countries and counts as the map, and follows the filters', async ({ page }) => {
  await ready(page);
  const mapCounts: Record<string, number> = await page.locator('#map [role="button"][data-code]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [(e as SVGElement).dataset['code'], Number(/, (\d+) project/.exec(e.getAttribute('aria-label') ?? '')?.[1])])),
  );
  expect(Object.keys(mapCounts).sort()).toEqual([...countriesWithProjects].sort());
  await page.getByRole('button', { name: 'Table' }).click();
  const rows = page.getByRole('table', { name: /per country/ }).locator('tbody tr');
  await expect(rows).toHaveCount(countriesWithProjects.length);
  const tableTotal = await rows.evaluateAll((trs) => trs.reduce((sum, tr) => sum + Number(tr.querySelector('td.num')?.textContent), 0));
  expect(tableTotal).toBe(Object.values(mapCounts).reduce((a, b) => a + b, 0));

  await openFilters(page);
  await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption('research');
  const research = projects.filter((p) => p.themes.includes('research'));
  await expect(page.getByText(`Showing ${research.length} of ${projects.length} projects`)).toBeVisible();
  await expect(rows).toHaveCount(new Set(research.flatMap((p) => p.countries)).size);
  await page.getByRole('button', { name: /Sort by|Projects and actions/ }).last().click();
  const counts = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td.num')?.textContent)));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(rows).toHaveCount(countriesWithProjects.length);
});

test('choosing a region filters the counts to that region', async ({ page }) => {
  await ready(page);
  const wa = regions.find((r) => r.id === 'west-africa')!;
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Region', exact: true }).selectOption('west-africa');
  const kept = projects.filter((p) => p.countries.some((c) => wa.countries.includes(c)));
  const countries = new Set(kept.flatMap((p) => p.countries.filter((c) => wa.countries.includes(c))));
  await expect(page.getByText(`Showing ${kept.length} of ${projects.length} projects and actions in ${countries.size} countries.`)).toBeVisible();
  await expect(page.locator('#map [role="button"][data-code]')).toHaveCount(countries.size);
});

test('the year play button steps through the years', async ({ page }) => {
  await ready(page);
  // The player's steps on Playwright's clock, which the test moves on: no waiting on real time.
  await page.clock.install();
  // Every "Active in …" the page shows, recorded in the page: a year shows for 1.2 s, which polling from the test
  // can miss on a loaded machine (the CI saw 2002, then 2005).
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { __years: seen });
    new MutationObserver(() => {
      const year = /Active or documented in (\d{4})\./.exec(document.querySelector('#map')?.textContent ?? '')?.[1];
      if (year && year !== seen.at(-1)) seen.push(year);
    }).observe(document.querySelector('#map')!, { subtree: true, childList: true, characterData: true });
  });
  const years = () => page.evaluate(() => (window as unknown as { __years: string[] }).__years);
  await page.getByRole('button', { name: /Play the years/ }).click();
  await expect(page.getByText(/Active or documented in \d{4}\./)).toBeVisible();
  // From the first year with documented programme work, not from 2002 over an empty map.
  const first = Math.min(...projects.flatMap((p) => [(p as unknown as { period: { start?: number } }).period.start, ...((p as unknown as { documented?: { date: string }[] }).documented ?? []).map((d) => Number(d.date.slice(0, 4)))].filter((y): y is number => y !== undefined)));
  const expected = [first, first + 1, first + 2].map(String);
  await page.clock.runFor(2500);
  await expect.poll(years).toEqual(expect.arrayContaining(expected));
  expect((await years()).slice(0, 3)).toEqual(expected);
  await page.getByRole('button', { name: /Pause/ }).click();
  // Paused on the year shown, which the filter holds, and no further year comes.
  const shown = (await years()).at(-1)!;
  await openFilters(page);
  await expect(page.getByRole('combobox', { name: 'From year' })).toHaveValue(shown);
  await page.clock.runFor(3000);
  expect((await years()).at(-1)).toBe(shown);
});

test('finding a country by name without accents zooms to it and opens it', async ({ page }) => {
  await ready(page);
  const search = page.getByRole('searchbox', { name: 'Find a country' });
  await search.fill('cote d ivoire');
  await search.press('Enter');
  await expect(page.locator('#country-panel-heading')).toHaveText(/Côte d.Ivoire/);
  await expect.poll(async () => (await transformOf(page)).k).toBeGreaterThan(2);
  await search.fill('cabo');
  await page.getByRole('list', { name: 'Matching countries' }).getByRole('button', { name: /Cape Verde|Cabo Verde/ }).click();
  await expect(page.locator('#country-panel-heading')).toHaveText(/Cape Verde|Cabo Verde/);
});

test('axe finds no violations on the map, its panel and its table', async ({ page }) => {
  await ready(page);
  await expectNoAxeViolations(page, '#map');
  await page.locator('#map-country-GH').click();
  await expectNoAxeViolations(page, '#map');
  await page.getByRole('button', { name: 'Table' }).click();
  await expectNoAxeViolations(page, '#map');
});

for (const [width, height] of [[390, 844], [1440, 900], [1920, 1080], [360, 740]] as const) {
  test(`screenshot and no horizontal scroll at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await ready(page);
    await page.locator('#map-country-NG').click();
    await page.locator('#map').scrollIntoViewIfNeeded();
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: `test-results/screenshots/map-${width}x${height}.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
}
