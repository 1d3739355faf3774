// Issue #19: what a reader meets first — printed figures, the timeline's titles and touch, the map's downloads.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, reachViews } from './helpers';

interface Stat {
  value: number;
  qualifier: string;
  format: string;
}
const statistics = JSON.parse(readFileSync('data/statistics.json', 'utf8')) as Stat[];
const milestones = JSON.parse(readFileSync('data/milestones.json', 'utf8')) as { title: string; category: string; yearCertainty: string; year: number }[];
const finalText = (s: Stat) => (s.format === 'year' ? String(s.value) : new Intl.NumberFormat('en').format(s.value)) + s.qualifier;

test('printed before the figures were seen, the counters read the stated values, not 0+', async ({ page }) => {
  await page.goto('./');
  // The figures' code is in (fetched after the map's files), but the visitor never scrolled down to them.
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4' });
  const shown = await page.locator('#figures .stat .value [aria-hidden="true"]').allTextContents();
  expect(shown).toEqual(statistics.map(finalText));
  await expectNoAxeViolations(page, '#figures');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a first tap on a country zooms to its region with a short card saying how to see its projects; a second tap opens them', async ({ page }) => {
    await page.goto('./');
    const nigeria = page.locator('#map-country-NG');
    await expect(nigeria).toBeVisible({ timeout: 15_000 });
    await nigeria.tap();
    const card = page.locator('#map [role="tooltip"]');
    await expect(card).toContainText('Nigeria');
    await expect(card).toContainText('Tap again to see its projects');
    // Short: the names are the panel's to list; with them the card covered 62% of the phone's map.
    await expect(card.locator('li').first()).toBeHidden();
    const map = (await page.locator('#map .frame').first().boundingBox())!;
    const box = (await card.boundingBox())!;
    expect(box.width * box.height).toBeLessThan((map.width * map.height) / 2);
    await nigeria.tap();
    await expect(page.locator('#country-panel-heading')).toHaveText('Nigeria');
  });

  test('a vertical swipe over the timeline scrolls the page; a sideways one moves the years', async ({ page }) => {
    await page.goto('./');
    await reachViews(page, 'timeline');
    const frame = page.locator('#timeline .frame');
    await expect(frame).toHaveAttribute('data-view', /,/);
    await page.evaluate(() => document.querySelector('#timeline .frame')!.scrollIntoView({ block: 'center' }));
    const box = (await frame.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
      for (let i = 1; i <= 10; i++) {
        const p = { x: from.x + ((to.x - from.x) * i) / 10, y: from.y + ((to.y - from.y) * i) / 10 };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;

    const before = await page.evaluate(() => scrollY);
    await swipe({ x, y: y + 100 }, { x, y: y - 100 });
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
    const scrolled = (await page.evaluate(() => scrollY)) - before;
    console.log(`vertical swipe of 200 px moved the page ${scrolled} px`);

    // Zoomed in first (the whole span cannot pan), then a sideways swipe moves the years and not the page.
    await page.locator('#timeline').getByRole('button', { name: 'Zoom in', exact: true }).click();
    const view = await frame.getAttribute('data-view');
    // The vertical swipe's fling and the click's scroll into view may still be moving the page: read it once still.
    const still = await settledScroll(page);
    const b = (await frame.boundingBox())!;
    await swipe({ x: b.x + b.width * 0.7, y: b.y + b.height / 2 }, { x: b.x + b.width * 0.3, y: b.y + b.height / 2 });
    await expect.poll(() => frame.getAttribute('data-view')).not.toBe(view);
    expect(await settledScroll(page)).toBe(still);
  });
});

/** The page's scroll position once it has not moved for five frames. */
const settledScroll = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        let last = scrollY;
        let same = 0;
        const tick = () => {
          same = scrollY === last ? same + 1 : 0;
          last = scrollY;
          if (same >= 5) done(last);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );

/** Milestone titles that are visible text: drawn, inside the track's frame, not cut off by it. */
const visibleTitles = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const frame = document.querySelector('#timeline .frame')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('#timeline .milestone .title')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return t.checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.height > 0 && r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
      })
      .map((t) => t.textContent!.trim());
  });

test('at the default view at 1440×900 at least ten milestone titles are readable, the programme\'s own among them', async ({ page }) => {
  await page.goto('./');
  await reachViews(page, 'timeline');
  await expect(page.locator('#timeline .frame')).toHaveAttribute('data-view', '2002.000,2024.000');
  await page.locator('#timeline .frame').scrollIntoViewIfNeeded();
  await expect.poll(async () => (await visibleTitles(page)).length).toBeGreaterThanOrEqual(10);
  const titles = await visibleTitles(page);
  console.log(`titles visible at the default view: ${titles.length}`);
  // The programme's own milestones with a stated year come first (lib/timeline/layout.ts rankOf).
  const first = milestones.filter((m) => m.category === 'programme' && m.yearCertainty === 'stated').map((m) => m.title);
  expect(first.length).toBeGreaterThan(0);
  for (const title of first) expect(titles).toContain(title);
  await expectNoAxeViolations(page, '#timeline');
});

test('"+" zooms towards the milestones, not the empty middle of the span', async ({ page }) => {
  await page.goto('./');
  await reachViews(page, 'timeline');
  const frame = page.locator('#timeline .frame');
  await expect(frame).toHaveAttribute('data-view', '2002.000,2024.000');
  await page.locator('#timeline').getByRole('button', { name: 'Zoom in', exact: true }).click();
  const width = async () => ((await frame.getAttribute('data-view'))!.split(',').map(Number) as [number, number]).reduce((a, b) => b - a);
  await expect.poll(width).toBeCloseTo(11, 2);
  const [a, b] = (await frame.getAttribute('data-view'))!.split(',').map(Number) as [number, number];
  expect(b - a).toBeCloseTo(11, 2);
  const years = milestones.map((m) => m.year + 0.5);
  const inside = (from: number, to: number) => years.filter((t) => t >= from && t <= to).length;
  // The centred window (2007.5–2018.5) holds fewer than the one "+" chose.
  expect(inside(a, b)).toBeGreaterThan(inside(2007.5, 2018.5));
});
