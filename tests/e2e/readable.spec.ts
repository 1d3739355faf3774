// Issue #19: what a reader meets first — printed figures, the timeline's titles and touch, the map's downloads.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './helpers';

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
