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
    await page.locator('#timeline').getByRole('button', { name: 'Zoom in' }).click();
    const view = await frame.getAttribute('data-view');
    const still = await page.evaluate(() => scrollY);
    const b = (await frame.boundingBox())!;
    await swipe({ x: b.x + b.width * 0.7, y: b.y + b.height / 2 }, { x: b.x + b.width * 0.3, y: b.y + b.height / 2 });
    await expect.poll(() => frame.getAttribute('data-view')).not.toBe(view);
    expect(await page.evaluate(() => scrollY)).toBe(still);
  });
});
