// The map's legend is drawn (SVG fills), so it shows where CSS backgrounds do not: in forced colours, where the map keeps
// its fills and the legend must keep reading it, and on paper, where browsers drop backgrounds.
import { expect, test, type Page } from '@playwright/test';
import { inflateSync } from 'node:zlib';
import { reachViews } from './helpers';
import { mkdirSync, writeFileSync } from 'node:fs';

async function mapReady(page: Page) {
  await expect(page.locator('#map-country-NG')).toBeVisible({ timeout: 15_000 });
}

/** Every fill colour a PDF paints ("r g b rg" in its content streams), as #rrggbb. */
function pdfFills(pdf: Buffer): Set<string> {
  const text = pdf.toString('latin1');
  const fills = new Set<string>();
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue; // an image or a font, not a content stream
    }
    for (const [, r, g, b] of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg\b/g)) {
      fills.add('#' + [r, g, b].map((c) => Math.round(Number(c) * 255).toString(16).padStart(2, '0')).join(''));
    }
  }
  return fills;
}

const hex = (rgb: string) => '#' + (rgb.match(/\d+/g) ?? []).slice(0, 3).map((c) => Number(c).toString(16).padStart(2, '0')).join('');

test('in forced colours every swatch is drawn with the fill its countries have on the map', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./');
  await mapReady(page);
  const swatches = page.locator('#map .legend rect.swatch');
  const count = await swatches.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    const swatch = swatches.nth(i);
    const box = await swatch.boundingBox();
    expect(box!.width).toBeGreaterThan(10);
    expect(box!.height).toBeGreaterThan(6);
    const fill = await swatch.evaluate((el) => getComputedStyle(el).fill);
    expect(fill).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
    expect(hex(fill)).toBe(await swatch.getAttribute('data-fill'));
  }
  // Nigeria on the map and its step in the legend look the same.
  const nigeria = page.locator('#map-country-NG');
  const step = page.locator(`#map .legend rect.swatch[data-fill="${await nigeria.getAttribute('fill')}"]`);
  expect(await step.evaluate((el) => getComputedStyle(el).fill)).toBe(await nigeria.evaluate((el) => getComputedStyle(el).fill));
  mkdirSync('test-results/legend', { recursive: true });
  await page.screenshot({ path: 'test-results/legend/forced-colours.png' });
});

test('the printed legend paints its swatches, even with the map taken off the page', async ({ page }) => {
  await page.goto('./?scheme=dark');
  await mapReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#map .legend')).toBeVisible();
  // Print is light whatever the scheme: the swatches are the light palette's.
  const first = page.locator('#map .legend rect.swatch').first();
  const palest = (await first.getAttribute('data-fill'))!;
  expect(hex(await first.evaluate((el) => getComputedStyle(el).fill))).toBe(palest);
  mkdirSync('test-results/legend', { recursive: true });
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync('test-results/legend/print.pdf', pdf);
  expect(pdfFills(pdf)).toContain(palest);
  // Without the map, only the legend can paint the steps' colours.
  await page.locator('#map .frame').evaluate((el: HTMLElement) => el.style.setProperty('display', 'none', 'important'));
  const fills = pdfFills(await page.pdf({ format: 'A4' }));
  const shown = await page.locator('#map .legend rect.swatch').evaluateAll((els) => els.map((el) => el.getAttribute('data-fill')!));
  expect(shown.length).toBeGreaterThanOrEqual(3);
  for (const colour of shown) expect(fills, colour).toContain(colour);
});

test('in forced colours the regional table keeps its key to the map’s region colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./');
  await mapReady(page);
  await reachViews(page, 'figures');
  const swatches = page.locator('#figures .swatch');
  await expect(swatches.first()).toBeVisible();
  const seen = await swatches.evaluateAll((all) => all.map((el) => ({ given: (el as HTMLElement).style.background, shown: getComputedStyle(el).backgroundColor })));
  expect(seen.length).toBeGreaterThanOrEqual(7);
  for (const { given, shown } of seen) expect(hex(shown), `${given} shown as ${shown}`).toBe(hex(given));
  // Seven regions, seven colours: not one system colour for all.
  expect(new Set(seen.map((s) => s.shown)).size).toBe(seen.length);
});
