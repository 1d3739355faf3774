// The first screen a visitor meets (issue 19): the map, its legend and its summary in sight at every size, filters
// folded, focus kept on a control, spatial arrow keys, and compact embeds that pass axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { expectNoAxeViolations, reachViews } from './helpers';

/** The programme's own work in data/ (related ICMPD projects are listed apart and not counted). */
const programme = (JSON.parse(readFileSync('data/projects.json', 'utf8')) as { scope?: string; donors?: string[] }[]).filter((p) => p.scope !== 'related');
const EU = /^(European Union|EU\b)/;

const SIZES = [
  [390, 844],
  [768, 1024],
  [1366, 768],
  [1440, 900],
  [1920, 1080],
] as const;

async function mapReady(page: Page) {
  await expect(page.locator('#map-country-NG')).toBeVisible({ timeout: 15_000 });
  await page.waitForFunction(() => performance.getEntriesByName('map:interactive').length > 0, null, { timeout: 15_000 });
}

/** The box of the first match, which must lie wholly inside the window. */
async function expectInFirstScreen(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  const { width, height } = page.viewportSize()!;
  expect(box, selector).not.toBeNull();
  expect(box!.y, `${selector} top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${selector} bottom`).toBeLessThanOrEqual(height);
  expect(box!.x + box!.width, `${selector} right`).toBeLessThanOrEqual(width);
  return box!;
}

/** The page-level rules axe files under best practice, which the issue names for embeds. */
async function expectHeadingAndLandmarks(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(['page-has-heading-one', 'region', 'landmark-one-main']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const [width, height] of SIZES) {
  test(`at ${width}×${height} the map, its legend and its summary are in the first screen, the filters folded`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await mapReady(page);
    const map = await expectInFirstScreen(page, '#map .frame');
    await expectInFirstScreen(page, '#map .legend');
    await expectInFirstScreen(page, '#map .summary');
    await expect(page.locator('#map details.disclosure')).not.toHaveAttribute('open');
    await expect(page.locator('#map .disclosure > summary')).toHaveText('Filters');
    // The one line that says what the map is, with the programme's stated totals from statistics.json.
    await expect(page.locator('#map .scope')).toContainText('documented in this app’s sources; the programme states 90+ projects and actions in 65+ countries');
    await expect(page.locator('#map .scope a')).toHaveAttribute('href', '#figures');
    expect(map.width).toBeGreaterThan(width * 0.5);
    mkdirSync('test-results/first-screen', { recursive: true });
    await page.screenshot({ path: `test-results/first-screen/${width}x${height}.png` });
    await expectNoAxeViolations(page);
  });
}

test('on a phone the small states’ markers are tap targets of at least 24×24 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await mapReady(page);
  // The Gambia: its drawn marker is a few pixels; the tap target around it is not.
  const marker = (await page.locator('#map-country-GM').boundingBox())!;
  const centre = { x: marker.x + marker.width / 2, y: marker.y + marker.height / 2 };
  for (const [dx, dy] of [[-11, 0], [11, 0], [0, -11], [0, 11]] as const) {
    const code = await page.evaluate(([x, y]) => (document.elementFromPoint(x!, y!) as SVGElement | null)?.dataset['code'], [centre.x + dx, centre.y + dy]);
    expect(code, `${dx},${dy} from The Gambia's centre`).toBeTruthy();
  }
});

test('the filters open from their disclosure and count the chosen ones; Reset keeps the focus', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await page.locator('#map .disclosure > summary').click();
  await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption('research');
  await expect(page.locator('#map .disclosure > summary')).toHaveText('Filters (1)');
  const reset = page.getByRole('button', { name: 'Reset filters' });
  await reset.click();
  await expect(page.locator('#map .disclosure > summary')).toHaveText('Filters');
  await expect(reset).toBeFocused();
  await expect(reset).toHaveAttribute('aria-disabled', 'true');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  await expectNoAxeViolations(page);
});

test('the donor filter offers "Donor not stated" and says what a donor choice hides', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await page.locator('#map .disclosure > summary').click();
  const donor = page.getByRole('combobox', { name: 'Donor', exact: true });
  await expect(donor.locator('option', { hasText: /^Donor not stated \(\d+\)$/ })).toHaveCount(1);
  await donor.selectOption('European Union');
  const funded = programme.filter((p) => (p.donors ?? []).some((d) => EU.test(d))).length;
  const unstated = programme.filter((p) => (p.donors ?? []).length === 0).length;
  await expect(page.locator('#map .summary')).toContainText(
    new RegExp(`Showing ${funded} of ${programme.length} .* ${unstated} projects have no stated donor and are hidden by the donor filter`),
  );
});

test('the figures’ Show keeps the focus on the map’s region select, which names the region', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  await reachViews(page, 'figures');
  await page.getByRole('button', { name: /Show West Africa/ }).click();
  const select = page.getByRole('combobox', { name: 'Zoom to a region' });
  await expect(select).toBeFocused();
  await expect(select).toHaveValue('west-africa');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});

test('arrow keys on the map move to the nearest country that way', async ({ page }) => {
  await page.goto('./');
  await mapReady(page);
  const focused = () => page.evaluate(() => (document.activeElement as SVGElement).dataset['code']);
  // The move's code loads with the first arrow key: the focus moves a moment later.
  const moveFromMontenegro = async (key: string) => {
    await page.locator('#map-country-ME').focus();
    await page.keyboard.press(key);
    await expect.poll(focused).not.toBe('ME');
    return focused();
  };
  const left = await moveFromMontenegro('ArrowLeft');
  const right = await moveFromMontenegro('ArrowRight');
  expect(right).not.toBe('IT');
  const x = (code: string) => page.locator(`#map-country-${code}`).boundingBox().then((b) => b!.x + b!.width / 2);
  expect(await x(right!)).toBeGreaterThan(await x('ME'));
  expect(await x(left!)).toBeLessThan(await x('ME'));
});

test('a 600×500 embed of the map shows the map in its first screen and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 500 });
  await page.goto('./?embed=map');
  await mapReady(page);
  await expectInFirstScreen(page, '#map .frame');
  await expect(page.locator('#map details.disclosure')).not.toHaveAttribute('open');
  await expectNoAxeViolations(page);
  await expectHeadingAndLandmarks(page);
});

test('a 600×500 embed of the timeline passes axe, with a heading and a landmark', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 500 });
  await page.goto('./?embed=timeline');
  await expect(page.locator('#timeline [aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
  // The track (the categories' marks are folded away in an embed).
  await expect(page.locator('#timeline .frame svg').first()).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page);
  await expectHeadingAndLandmarks(page);
});

for (const [width, height] of [
  [390, 844],
  [360, 740],
] as const) {
  test(`on a ${width}×${height} phone the map is 60% as tall as it is wide, in the first screen, and a region zoom fits in it`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await mapReady(page);
    const frame = (await page.locator('#map .frame').boundingBox())!;
    expect(frame.height / frame.width).toBeGreaterThanOrEqual(0.595);
    // The picture fills the frame's height (its sides are cut, not its top and bottom).
    const picture = (await page.locator('#map .picture svg').boundingBox())!;
    expect(Math.abs(picture.height - frame.height)).toBeLessThan(1.5);
    expect(picture.width).toBeGreaterThan(frame.width);
    // At 360×740 the page header takes more of the screen: most of the map still shows.
    expect(frame.y).toBeGreaterThanOrEqual(0);
    expect(Math.min(frame.y + frame.height, height) - frame.y).toBeGreaterThanOrEqual(0.8 * frame.height);
    // West Africa, zoomed to, lies inside the part of the map that shows (Senegal at its west, Nigeria at its east).
    await page.getByRole('combobox', { name: 'Zoom to a region' }).selectOption('west-africa');
    await expect(page.locator('#map-country-NG')).toHaveAttribute('aria-label', /.+/);
    await expect
      .poll(async () => {
        const [sn, ng] = [(await page.locator('#map-country-SN').boundingBox())!, (await page.locator('#map-country-NG').boundingBox())!];
        return sn.x >= frame.x - 1 && ng.x + ng.width <= frame.x + frame.width + 1 && ng.width > 30;
      })
      .toBe(true);
  });
}
