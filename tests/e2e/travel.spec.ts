// Taking the programme elsewhere: the Share dialog, one view embedded in another site, downloads, print, offline.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expectNoAxeViolations, reachViews, trackErrors, openFilters } from './helpers';

const PORT = Number(process.env['PW_PORT'] ?? 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const VIEWS = ['map', 'timeline', 'figures'] as const;

async function mapReady(page: Page) {
  await expect(page.locator('#map-country-NG')).toBeVisible({ timeout: 15_000 });
}

for (const view of VIEWS) {
  test(`?embed=${view} shows that view alone, with a link to the full page`, async ({ page }) => {
    const errors = await trackErrors(page);
    await page.goto(`./?embed=${view}&theme=research`);
    await expect(page.locator(`#${view}`)).toBeVisible({ timeout: 15_000 });
    await expect(page.locator(`#${view} [aria-busy="true"]`)).toHaveCount(0, { timeout: 15_000 });
    for (const other of VIEWS.filter((v) => v !== view)) await expect(page.locator(`#${other}`)).toHaveCount(0);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
    // Nothing offers to show a region on a map the frame does not have.
    if (view === 'figures') {
      await expect(page.locator('#figures table')).toBeVisible();
      await expect(page.getByRole('button', { name: /on the map$/ })).toHaveCount(0);
    }
    const full = page.getByRole('link', { name: 'Open the full view' });
    await expect(full).toHaveAttribute('target', '_top');
    await expect(full).toHaveAttribute('href', `${ORIGIN}/?theme=research`);
    await expect(page.getByText(/^Sources: ICMPD news items/)).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual({ console: [], csp: [] });
  });
}

test('an unknown embed value is reported and the whole page shows', async ({ page }) => {
  await page.goto('./?embed=globe');
  await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText('embed=globe', { timeout: 15_000 });
  await expect(page.getByRole('banner')).toBeVisible();
  for (const view of VIEWS) await expect(page.locator(`#${view}`)).toBeVisible();
});

test('an embedded view tells its host page how tall it is', async ({ page }) => {
  // A host page on another origin would do the same; this one is served by the test itself.
  await page.route(`${ORIGIN}/host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><script>
        window.heights = [];
        addEventListener('message', (e) => { if (e.data && e.data.type === 'atp:height') { window.heights.push(e.data.height); document.querySelector('iframe').style.height = e.data.height + 'px'; } });
      </script><iframe src="./?embed=timeline" title="Timeline" style="width:100%;height:300px;border:0"></iframe>`,
    }),
  );
  await page.goto(`${ORIGIN}/host.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('#timeline li.milestone').first()).toBeAttached({ timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)).toBeGreaterThan(400);
  // The frame's content may still be settling (fonts, the lazily mounted section); each change posts a
  // new height, so the host's latest message must catch up with the body's height.
  await expect
    .poll(async () => {
      const height = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)!);
      const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
      return Math.abs(height - inner);
    })
    .toBeLessThanOrEqual(1);
});

test('Share: the copied link reopens exactly this view; Esc closes and focus returns', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await page.goto('./');
  await mapReady(page);
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption('capacity-building');
  await page.locator('#map-country-NG').click();
  await expect(page).toHaveURL(/country=NG/);
  const share = page.getByRole('button', { name: 'Share' });
  await share.click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();
  const link = dialog.getByRole('textbox', { name: 'Link to exactly this view' });
  await expect(link).toHaveValue(page.url());
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status').first()).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  // The embed code follows the chosen view and height.
  await dialog.getByRole('radio', { name: 'Timeline' }).check();
  await dialog.getByRole('spinbutton', { name: 'Height in pixels' }).fill('640');
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/^<iframe class="atp-embed" src="[^"]*country=NG[^"]*&amp;embed=timeline" title="[^"]+" width="100%" height="640"/);
  await expectNoAxeViolations(page, '.share-dialog');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();

  const again = await context.newPage();
  await again.goto(copied);
  await expect(again.locator('#country-panel-heading')).toHaveText('Nigeria', { timeout: 15_000 });
  await openFilters(again);
  await expect(again.getByRole('combobox', { name: 'Theme', exact: true })).toHaveValue('capacity-building');
});

test('Share: where the clipboard is refused, the link is selected for Ctrl+C', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await page.goto('./');
  await mapReady(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByText('Press Ctrl+C to copy')).toBeVisible();
  const link = dialog.getByRole('textbox', { name: 'Link to exactly this view' });
  await expect(link).toBeFocused();
  const selected = await link.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
  expect(selected).toBe(page.url());
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
});

test('print: no controls, the milestones as a list', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  // The figures are not drawn yet (the visitor has not scrolled to them): the browser's beforeprint draws them.
  await expect(page.locator('#figures .stat')).toHaveCount(0);
  await page.waitForFunction(() => performance.getEntriesByName('map:interactive').length > 0);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('button:visible, select:visible, input:visible, textarea:visible')).toHaveCount(0);
  const list = page.locator('.print-milestones');
  await expect(list).toBeVisible();
  expect(await list.locator('li').count()).toBeGreaterThan(10);
  await expect(page.locator('#map svg[role="group"]')).toBeVisible();
  await expect(page.locator('#figures .stat').first()).toBeVisible();
});

test('offline: after one visit the app, its datasets and its map work with no network', async ({ page, context }) => {
  await page.goto('./');
  await mapReady(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await context.setOffline(true);
  await page.reload();
  await mapReady(page);
  expect(await page.locator('#map svg path.country').count()).toBeGreaterThan(100);
  await reachViews(page);
  await expect(page.locator('#timeline li.milestone').first()).toBeAttached();
  await expect(page.locator('#figures .stat').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});

test('datasets changed on the server are used online, and the page says the data were updated', async ({ page }) => {
  const served = `dist-e2e-${PORT}/data/statistics.json`;
  const original = readFileSync(served, 'utf8');
  await page.goto('./');
  await mapReady(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  const notice = page.getByRole('status').filter({ hasText: 'The data were updated since your last visit.' });
  await page.reload();
  await mapReady(page);
  await reachViews(page, 'figures');
  await expect(page.locator('#figures .stat').first()).toBeVisible();
  await expect(notice).toHaveCount(0);
  // The same records (other tests read this file meanwhile), one space more: the build serves it without white space.
  writeFileSync(served, original.replace('{', '{ '));
  try {
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  } finally {
    writeFileSync(served, original);
  }
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function downloadFrom(page: Page, scope: string, item: string) {
  const section = page.locator(scope);
  // The menu's items are made when it opens, not with the page.
  await expect(section.locator('.export-menu .items')).toHaveCount(0);
  await section.locator('summary', { hasText: 'Download' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: item, exact: true }).click()]);
  mkdirSync('test-results/exports', { recursive: true });
  const path = `test-results/exports/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

for (const viewport of [{ width: 1440, height: 900 }, { width: 360, height: 740 }]) {
  test(`the download menus open inside the window at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await reachViews(page, 'timeline');
    await expect(page.locator('#timeline li.milestone').first()).toBeAttached({ timeout: 15_000 });
    for (const scope of ['#map', '#timeline']) {
      const summary = page.locator(scope).locator('summary', { hasText: 'Download' });
      await summary.scrollIntoViewIfNeeded();
      await summary.click();
      const items = page.locator(scope).locator('.export-menu .items');
      const box = (await items.boundingBox())!;
      // The whole menu is in the window, so every item can be read and pressed.
      expect(box.x, scope).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, scope).toBeLessThanOrEqual(viewport.width);
      // … and on top: the views below the map are layers of their own (app.css), which must not cover the menu.
      const last = items.getByRole('button').last();
      await last.scrollIntoViewIfNeeded();
      expect(await last.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      }), scope).toBe(true);
      await summary.click();
    }
  });
}

test('the map downloads as PNG and SVG at 16:9 and A4, named by region and date', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00'));
  await page.goto('./?region=west-africa');
  await mapReady(page);
  // The map in words arrives after the map: the SVG carries it as its <desc>.
  await expect(page.locator('#map-in-words')).toBeAttached();
  const slide = await downloadFrom(page, '#map', 'PNG, 16:9 slide (1920 × 1080)');
  expect(slide.name).toBe('atp-map-west-africa-2026-11-24.png');
  expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
  const a4 = await downloadFrom(page, '#map', 'PNG, A4 page (1240 × 1754, 150 dpi)');
  expect(a4.name).toBe('atp-map-west-africa-a4-2026-11-24.png');
  expect(pngSize(a4.bytes)).toEqual({ width: 1240, height: 1754 });
  const svg = await downloadFrom(page, '#map', 'SVG, 16:9 slide');
  expect(svg.name).toBe('atp-map-west-africa-2026-11-24.svg');
  const text = svg.bytes.toString('utf8');
  // A well-formed document, with the countries, the title, the legend and the source in it.
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, paths: doc.querySelectorAll('path').length, width: doc.documentElement.getAttribute('width') };
  }, text);
  expect(parsed).toEqual({ error: false, paths: expect.any(Number), width: '1920' });
  expect(parsed.paths).toBeGreaterThan(100);
  expect(text).toContain('Projects and actions per country');
  expect(text).toContain('Region: West Africa');
  expect(text).toContain('Source: ICMPD');
  expect(text).toMatch(/<title>[^<]+<\/title><desc>Filtered to region West Africa[^<]*Most: Nigeria/);
});

test('the timeline downloads as PNG and SVG', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00'));
  await page.goto('./');
  await reachViews(page, 'timeline');
  await expect(page.locator('#timeline li.milestone').first()).toBeAttached({ timeout: 15_000 });
  const png = await downloadFrom(page, '#timeline', 'PNG, 16:9 slide (1920 × 1080)');
  expect(png.name).toBe('atp-timeline-world-2026-11-24.png');
  expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
  const a4 = await downloadFrom(page, '#timeline', 'SVG, A4 page');
  expect(a4.name).toBe('atp-timeline-world-a4-2026-11-24.svg');
  const svg = a4.bytes.toString('utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="210mm" height="297mm" viewBox="0 0 1240 1754"/);
  // The axis's years, drawn on screen as HTML, are in the picture as text, first and last.
  expect(svg).toMatch(/<text[^>]*text-anchor="middle"[^>]*>2002<\/text>/);
  expect(svg).toMatch(/<text[^>]*text-anchor="middle"[^>]*>2023<\/text>/);
  // Each year's line where its year is: one path on screen, a move and a vertical line per year, copied into the file.
  const path = /<path[^>]* d="((?:M[-\d.]+ [-\d.]+v[-\d.]+)+)"/.exec(svg)?.[1] ?? '';
  const lines = [...path.matchAll(/M([-\d.]+) /g)].map(([, x]) => Number(x));
  expect(lines.length).toBe(22);
  expect(lines.every((x, i) => i === 0 || x > lines[i - 1]! + 10), JSON.stringify(lines)).toBe(true);
});

test('the CSV of countries equals the table, and the projects CSV has one row per project', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00'));
  await page.goto('./?theme=capacity-building');
  await mapReady(page);
  await page.locator('#map').getByRole('button', { name: 'Table' }).click();
  // The table's code comes on demand: its rows are read once they are there.
  await expect(page.getByRole('table', { name: /per country/ }).locator('tbody tr').first()).toBeVisible();
  const rows = await page.getByRole('table', { name: /per country/ }).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())));
  const countries = await downloadFrom(page, '#map', 'Countries and counts (CSV)');
  expect(countries.name).toBe('atp-countries-world-2026-11-24.csv');
  expect([...countries.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = countries.bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('Country,ISO code,Region,Projects and actions');
  // Names here have no commas or quotes, so a plain split reads them.
  expect(lines.slice(1).map((l) => l.split(',')).map(([name, , region, count]) => [name, region, count])).toEqual(rows);

  const projects = await downloadFrom(page, '#map', 'Projects shown (CSV)');
  const shown = Number(/Showing (\d+) of/.exec((await page.locator('#map .summary').first().textContent()) ?? '')?.[1]);
  expect(projects.bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean)).toHaveLength(shown + 1);
});
