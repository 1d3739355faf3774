// The prerendered page (src/prerender/): the map is on screen before any code runs, the app takes it over where it
// stands, and an address or language it was not made for never shows it.
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { corruptDataset, reachViews, trackErrors } from './helpers';

const ENTRY = /\/assets\/index-[^/]*\.js$/;
const mapSvg = (page: Page) => page.locator('#map svg[role="group"]');
const marks = (page: Page) => page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));

/** Holds the app's entry code back until `release()`: what a visitor sees while it downloads on a slow network. */
async function holdEntry(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route(ENTRY, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the map, its colours and its legend are on screen before any code has arrived', async ({ page }) => {
  const errors = await trackErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const release = await holdEntry(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.locator('#app')).toHaveAttribute('data-prerendered');
  await expect(mapSvg(page)).toBeVisible();
  await expect(mapSvg(page).locator('path[data-key]')).toHaveCount(177);
  // Nigeria has the most projects: the darkest bin, not the no-data grey.
  await expect(page.locator('#map-country-NG')).toHaveAttribute('fill', /^#(?!eef0f2)[0-9a-f]{6}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anti-Trafficking Programme 2002–2023');
  // The programme's work from data/ (related ICMPD projects are neither counted nor coloured).
  const work = (JSON.parse(readFileSync('data/projects.json', 'utf8')) as { scope?: string; countries: string[] }[]).filter((p) => p.scope !== 'related');
  const countries = new Set(work.flatMap((p) => p.countries)).size;
  await expect(page.getByText(`Showing ${work.length} of ${work.length} projects and actions in ${countries} countries`)).toBeVisible();
  await expect.poll(() => marks(page)).toEqual(['map:ready']);
  // The page brings the map's geometry and its styles; no request for either.
  expect(requests.filter((p) => /countries-|\.css$/.test(p))).toEqual([]);
  release();
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
  await expect.poll(() => marks(page)).toContain('map:interactive');
  expect(errors).toEqual({ console: [], csp: [] });
});

test('the app takes the page over where it stands: the same elements, the focus kept, and then it answers', async ({ page }) => {
  const release = await holdEntry(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(mapSvg(page)).toBeVisible();
  // A keyboard user who starts before the code has arrived is not sent back to the start.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /skip to/i })).toBeFocused();
  await page.evaluate(() => Object.assign(window, { __before: [document.querySelector('h1'), document.getElementById('map-country-NG')] }));
  release();
  await expect.poll(() => marks(page)).toContain('map:interactive');
  // Hydrated, not replaced: the nodes on screen before the code came are the ones the app now owns.
  expect(await page.evaluate(() => ((window as unknown as { __before: Element[] }).__before).map((el) => el.isConnected))).toEqual([true, true]);
  await expect(page.getByRole('link', { name: /skip to/i })).toBeFocused();
  await expect(page.locator('#map-country-NG')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(mapSvg(page).locator('path[data-key]')).toHaveCount(177);
  await page.locator('#map-country-NG').click();
  await expect(page.getByRole('heading', { name: 'Nigeria', level: 3 })).toBeVisible();
});

for (const { name, url, locale, heading } of [
  { name: 'an address with a filter', url: './?region=west-africa', locale: 'en-GB', heading: 'Where the documented projects are' },
  { name: 'a French browser', url: './', locale: 'fr-FR', heading: 'Où se trouvent les projets documentés' },
  { name: '?lang=fr', url: './?lang=fr', locale: 'en-GB', heading: 'Où se trouvent les projets documentés' },
]) {
  test(`${name} never shows the English, unfiltered preview`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const release = await holdEntry(page);
    await page.goto(url, { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-preview', 'off');
    await expect(page.locator('#app')).toBeHidden();
    expect(await marks(page)).toEqual([]);
    release();
    await expect(page.locator('#map h2')).toHaveText(heading);
    await expect(page.locator('#map-country-NG')).toBeVisible();
    await context.close();
  });
}

test('a dataset changed on the server after the build is what the live map shows', async ({ page }) => {
  // Nigeria's projects removed: the prerendered page still colours it, the live map must not.
  await corruptDataset(page, 'projects.json', (records) => {
    for (const r of records) r['countries'] = (r['countries'] as string[]).filter((c) => c !== 'NG');
    records.splice(0, records.length, ...records.filter((r) => (r['countries'] as string[]).length > 0));
  });
  await page.goto('./');
  await expect.poll(() => marks(page)).toContain('map:interactive');
  await expect(page.locator('#map path[data-key="Nigeria"]')).toHaveAttribute('fill', '#eef0f2');
  await expect(page.locator('#map-country-NG')).toHaveCount(0);
});

test('the map stands where it will stay while the page streams in: its place does not wait for the legend', async ({ browser, baseURL }) => {
  // The legend follows the map's path data in the page, so a slow network paints the map before the legend arrives.
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto('./');
  const frameX = () => page.locator('#map .map-frame').evaluate((el) => el.getBoundingClientRect().x);
  const withLegend = await frameX();
  await page.locator('#map .legend').evaluate((el) => el.remove());
  expect(await frameX()).toBe(withLegend);
  await context.close();
});

test('a map file that fails replaces the prerendered map with the message, not a map that cannot answer', async ({ page }) => {
  let requests = 0;
  await page.route('**/data/projects.json', (route) => {
    requests++;
    return route.abort('internetdisconnected');
  });
  await page.goto('./');
  await expect(page.locator('#map').getByRole('alert')).toContainText('projects.json could not be downloaded', { timeout: 10_000 });
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
  await expect(page.locator('#map svg path[data-key]')).toHaveCount(0);
  // The page's preload, the app's first try and its one retry: never more.
  expect(requests).toBeLessThanOrEqual(3);
});

test('a host whose own policy blocks the inline styles and scripts still gets a styled, working page', async ({ page }) => {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'" } });
  });
  await page.goto('./');
  await expect.poll(() => marks(page)).toContain('map:interactive');
  // The stylesheet file instead of the blocked inline copy: the header has the brand colour.
  await expect(page.locator('link[rel="stylesheet"][href*="assets/index-"]:not([disabled])')).toHaveCount(1);
  await expect(page.locator('.site-header')).toHaveCSS('background-color', /^rgb\((?!0, 0, 0\))/);
  await expect(page.locator('#app')).toBeVisible();
  await page.locator('#map-country-NG').click();
  await expect(page.getByRole('heading', { name: 'Nigeria', level: 3 })).toBeVisible();
});

test('the page’s styles apply once: the views’ code, loaded later, does not fetch the page’s stylesheet again', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('./');
  await expect.poll(() => marks(page)).toContain('map:interactive');
  await reachViews(page);
  await expect(page.locator('#timeline li.milestone').first()).toBeAttached({ timeout: 15_000 });
  await expect(page.locator('#figures .stat').first()).toBeVisible();
  // The views' own stylesheets came; the page's did not (its rules are inline).
  expect(requests.filter((path) => /\/assets\/TimelineSection-[^/]*\.css$/.test(path))).toHaveLength(1);
  expect(requests.filter((path) => /\/assets\/index-[^/]*\.css$/.test(path))).toEqual([]);
  const sheetsWithHeader = await page.evaluate(() => [...document.styleSheets].filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.site-header'))).length);
  expect(sheetsWithHeader).toBe(1);
});

test('a page whose map a host rewrote is replaced whole: one app, drawn from the geometry file', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    // A curve the map never writes, in one country's outline.
    const body = (await response.text()).replace(/(<path [^>]*d=")M/, '$1C1,1 2,2 3,3M');
    await route.fulfill({ response, body });
  });
  await page.goto('./');
  await expect.poll(() => marks(page)).toContain('map:interactive');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('#map')).toHaveCount(1);
  await expect(mapSvg(page).locator('path[data-key]')).toHaveCount(177);
  expect(requests.some((p) => /\/assets\/countries-[^/]*\.json$/.test(p))).toBe(true);
});

test('a shared link’s preview image is a 1200×630 PNG of the map (social sites ignore an SVG)', async ({ page, request }) => {
  await page.goto('./');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe('./og-map.png');
  await expect(page.locator('meta[property="og:image:type"]')).toHaveAttribute('content', 'image/png');
  const response = await request.get(new URL(image!, page.url()).href);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
