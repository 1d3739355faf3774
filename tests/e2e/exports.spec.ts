// Issues #19 (9), #20 (3), #24 (2): downloads that show what the screen shows and say so, the offices in them, the
// Share dialog's picture with its alt text, the printed page, the timeline picture's cards whole.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { expectNoAxeViolations, openFilters, reachViews } from './helpers';

const PORT = Number(process.env['PW_PORT'] ?? 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;

async function mapReady(page: Page) {
  await expect(page.locator('#map-country-NG')).toBeVisible({ timeout: 15_000 });
  await page.waitForFunction(() => performance.getEntriesByName('map:interactive').length > 0);
}

/** Chooses an item of a view's Download menu; the file's name and text. */
async function downloadFrom(page: Page, scope: string, item: string) {
  const section = page.locator(scope);
  await section.locator('summary', { hasText: /Download|Télécharger/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: item, exact: true }).click()]);
  mkdirSync('test-results/exports', { recursive: true });
  const path = `test-results/exports/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path).toString('utf8'), bytes: readFileSync(path) };
}

/**
 * Draws an exported SVG in the page and measures, in the view's own units, where each given country's shape lies
 * (found by its outline, the same `d` as on screen) against the frame the picture shows.
 */
function measureExport(page: Page, svg: string, codes: string[]) {
  return page.evaluate(
    ({ svg, codes }) => {
      const host = document.createElement('div');
      host.style.cssText = 'position:absolute;left:0;top:0;width:1920px;height:1080px';
      host.innerHTML = svg;
      document.body.append(host);
      const view = host.querySelector('svg > svg') as SVGSVGElement;
      const frame = view.viewBox.baseVal;
      const shapes = Object.fromEntries(
        codes.map((code) => {
          const d = document.querySelector(`#map path[data-code="${code}"]`)?.getAttribute('d');
          const path = [...view.querySelectorAll('path')].find((p) => p.getAttribute('d') === d) as SVGPathElement | undefined;
          if (!path) return [code, null];
          const b = path.getBBox();
          const inside = b.x >= frame.x - 1 && b.y >= frame.y - 1 && b.x + b.width <= frame.x + frame.width + 1 && b.y + b.height <= frame.y + frame.height + 1;
          // Its middle: a large neighbour's box may reach into a corner of the frame (Brazil's north-east tip).
          const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
          const centred = cx >= frame.x && cx <= frame.x + frame.width && cy >= frame.y && cy <= frame.y + frame.height;
          return [code, { inside, centred }];
        }),
      );
      host.remove();
      return { frame: { x: frame.x, y: frame.y, width: frame.width, height: frame.height }, shapes };
    },
    { svg, codes },
  );
}

test('the exported map of West Africa shows West Africa, says so, and marks the offices', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await mapReady(page);
  await openFilters(page);
  await page.getByRole('combobox', { name: 'Region', exact: true }).selectOption('west-africa');
  // The region chosen zooms the map; the address follows once the zoom has settled.
  await expect(page).toHaveURL(/zoom=/, { timeout: 15_000 });
  await expect(page.locator('#map-in-words')).toContainText('West Africa');
  const svg = await downloadFrom(page, '#map', 'SVG, 16:9 slide');
  expect(svg.name).toMatch(/^atp-map-west-africa-/);
  const { frame, shapes } = await measureExport(page, svg.text, ['NG', 'SN', 'GH', 'BR', 'CN', 'AU']);
  console.log(`West Africa's exported frame: ${JSON.stringify(frame)}`);
  // West Africa's countries are whole in the frame; Brazil, China and Australia are not in it (the whole-world
  // picture had them all).
  for (const code of ['NG', 'SN', 'GH']) expect(shapes[code], code).toEqual({ inside: true, centred: true });
  for (const code of ['BR', 'CN', 'AU']) expect(shapes[code], code).toEqual({ inside: false, centred: false });
  // It says what it shows: the region and its count as the title, the filter under it; the view in words as <desc>.
  expect(svg.text).toMatch(/<title>West Africa \(ECOWAS\) — \d+ of \d+ projects and actions<\/title><desc>Filtered to region West Africa/);
  expect(svg.text).toContain('Filtered to Region: West Africa (ECOWAS).');
  // The team's offices: Abuja and Praia in the frame, drawn with their names, and the legend's entry.
  expect(svg.text).toContain('ICMPD office of the programme’s team (2022)');
  expect(svg.text).toMatch(/<title>[^<]*Abuja[^<]*<\/title>/);
  expect(svg.text).toMatch(/<title>[^<]*Praia[^<]*<\/title>/);

  // The A4 page lists the countries in the frame with their projects under the map.
  const a4 = await downloadFrom(page, '#map', 'SVG, A4 page');
  expect(a4.text).toContain('The countries in this view and their projects');
  expect(a4.text).toMatch(/<tspan font-weight="700">Nigeria \(\d+\)<\/tspan> [^<]*OCWAR-T/);
  expect(a4.text).not.toMatch(/Brazil \(/);
});

test('a region in the address, the map not zoomed: the picture frames the region', async ({ page }) => {
  await page.goto('./?region=west-africa');
  await mapReady(page);
  const svg = await downloadFrom(page, '#map', 'SVG, 16:9 slide');
  const { shapes } = await measureExport(page, svg.text, ['NG', 'SN', 'BR']);
  expect(shapes).toEqual({ NG: { inside: true, centred: true }, SN: { inside: true, centred: true }, BR: { inside: false, centred: false } });
});

test('the whole world, unfiltered, says so', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const svg = await downloadFrom(page, '#map', 'SVG, 16:9 slide');
  expect(svg.text).toMatch(/<title>The whole world — (\d+) of \1 projects and actions<\/title>/);
  // Dated as the page's English is written (British): "7 December 2026", not "December 7, 2026".
  // Today as the page's clock and time zone have it (near midnight the test's own zone may already be another day).
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getDate()} ${d.toLocaleString('en-GB', { month: 'long' })} ${d.getFullYear()}`;
  });
  expect(svg.text).toContain(today);
  const { shapes } = await measureExport(page, svg.text, ['NG', 'BR']);
  expect(shapes).toEqual({ NG: { inside: true, centred: true }, BR: { inside: true, centred: true } });
});

for (const lang of ['en', 'fr'] as const) {
  const w =
    lang === 'en'
      ? { share: 'Share', dialog: 'Share this view', alt: 'Suggested alt text for the picture', copy: 'Copy alt text', download: 'Download the map as PNG (16:9)', copied: 'Copied.' }
      : { share: 'Partager', dialog: 'Partager cette vue', alt: 'Texte alternatif suggéré pour l’image', copy: 'Copier le texte alternatif', download: 'Télécharger la carte en PNG (16:9)', copied: 'Copié.' };

  test(`Share (${lang}): the map's picture with its suggested alt text, copied`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await page.goto(`./?region=west-africa&lang=${lang}`);
    await mapReady(page);
    const inWords = page.locator('#map-in-words');
    await expect(inWords).toBeAttached();
    const summary = (await inWords.textContent())!.trim();
    expect(summary).toMatch(lang === 'en' ? /Nigeria/ : /Nigéria|pays/);

    await page.getByRole('button', { name: w.share, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: w.dialog });
    const alt = dialog.getByRole('textbox', { name: w.alt });
    await expect(alt).toHaveValue(summary);
    await dialog.getByRole('button', { name: w.copy }).click();
    await expect(dialog.getByRole('status').filter({ hasText: w.copied })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(summary);

    // The picture the text describes, from the same dialog.
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: w.download }).click()]);
    expect(file.suggestedFilename()).toMatch(/^atp-map-west-africa-\d{4}-\d\d-\d\d\.png$/);
    await expectNoAxeViolations(page, '.share-dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: w.share, exact: true })).toBeFocused();
  });
}

test('the printed page: the map, then its countries and their projects, then the figures, nothing cut', async ({ page }) => {
  await page.goto('./?region=west-africa');
  await mapReady(page);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  // The width of an A4 page inside its margins (186 mm).
  await page.setViewportSize({ width: 703, height: 1032 });
  const map = page.locator('#map svg[role="group"]');
  const countries = page.locator('.print-countries');
  await expect(map).toBeVisible();
  await expect(countries).toBeVisible();
  await expect(countries.locator('li', { hasText: /^Nigeria \(\d+\)/ })).toContainText('OCWAR-T');
  expect(await countries.locator('li', { hasText: /^Brazil/ }).count()).toBe(0);
  await expect(page.locator('#figures .stat').first()).toBeVisible();
  const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  const mapBox = (await map.boundingBox())!;
  // In that order, each right after the last: the list is not pushed to a page of its own.
  const listTop = await top('.print-countries');
  expect(listTop).toBeGreaterThan(mapBox.y + mapBox.height);
  expect(listTop - (mapBox.y + mapBox.height)).toBeLessThan(200);
  expect(await top('#figures')).toBeGreaterThan(listTop);
  // Nothing on paper is cut short: no figure card and no list row hides part of its text.
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#figures .stat, .print-countries li, .print-milestones li')].filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent),
  );
  expect(cut).toEqual([]);
  await expect(page.locator('.export-status:visible, #map .search:visible')).toHaveCount(0);
  // A printed PDF of it can be made (the look of its pages was checked by eye; see the report).
  expect((await page.pdf({ format: 'A4' })).subarray(0, 4).toString('latin1')).toBe('%PDF');
});

test('the timeline picture keeps every card whole, in French, and says it is limited to the region', async ({ page }) => {
  await page.goto('./?lang=fr&region=west-africa');
  await mapReady(page);
  await reachViews(page, 'timeline');
  await expect(page.locator('#timeline li.milestone').first()).toBeAttached({ timeout: 15_000 });
  const titles = await page.locator('#timeline li.milestone .title').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 0).map((e) => e.textContent!.trim().replace(/\s+/g, ' ')));
  expect(titles.length).toBeGreaterThan(0);
  const svg = await downloadFrom(page, '#timeline', 'SVG, diapositive 16:9');
  expect(svg.text).toContain('Seulement les jalons concernant Afrique de l’Ouest (CEDEAO)');
  const drawn = await page.evaluate((source) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0;width:1920px;height:1080px';
    host.innerHTML = source;
    document.body.append(host);
    const view = host.querySelector('svg > svg')!;
    const cards = [...view.querySelectorAll<SVGRectElement>('rect[rx="4"]')].map((r) => r.getBBox());
    const words = [...view.querySelectorAll<SVGTextElement>('text:not([text-anchor="middle"])')];
    // Each line of words lies inside a card, whole.
    const outside = words.filter((t) => {
      const b = t.getBBox();
      return !cards.some((c) => b.x >= c.x - 1 && b.y >= c.y - 1 && b.x + b.width <= c.x + c.width + 1 && b.y + b.height <= c.y + c.height + 1);
    });
    const text = words.map((t) => t.textContent).join(' ');
    host.remove();
    return { outside: outside.map((t) => t.textContent), text };
  }, svg.text);
  expect(drawn.outside).toEqual([]);
  // Every title on screen is in the picture in full (on screen the longest are cut to three lines).
  for (const title of titles) expect(drawn.text).toContain(title);
});
