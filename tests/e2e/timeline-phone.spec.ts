// The timeline where its track has little room: a phone lists the milestones in view as words under the track, and a
// 600×500 embed starts its track in the first screen (issue 19).
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Milestone } from '../../src/lib/schema/milestone';
import { inTimeOrder } from '../../src/lib/timeline/extent';
import { formatWhen } from '../../src/lib/timeline/format';
import { expectNoAxeViolations } from './helpers';

const milestones = inTimeOrder(JSON.parse(readFileSync('data/milestones.json', 'utf8')) as Milestone[]);
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const list = (page: Page) => page.locator('#timeline .in-view');
const items = (page: Page) => list(page).locator('li button');

async function timelineReady(page: Page) {
  await expect(page.locator('#timeline .frame')).toBeVisible({ timeout: 15_000 });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the milestones in view are listed under the track as date and title, and open their card', async ({ page }) => {
    await page.goto('./#timeline');
    await timelineReady(page);
    await expect(list(page).getByRole('heading')).toHaveText(`In 2002–2023: ${milestones.length} milestones`);
    // The first twelve, in time order, written as the page's language writes dates; one button for the rest.
    await expect(items(page)).toHaveCount(12);
    const first = milestones[0]!;
    await expect(items(page).first()).toContainText(formatWhen(first, 'en'));
    await expect(items(page).first()).toContainText(first.title);
    const dated = milestones.find((m) => m.date?.length === 10)!;
    expect(formatWhen(dated, 'en')).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    const more = list(page).getByRole('button', { name: `Show ${milestones.length - 12} more milestones` });
    await more.click();
    await expect(items(page)).toHaveCount(milestones.length);
    await expect(items(page).nth(12)).toBeFocused();
    // It sits under the track, inside the screen's width.
    const track = (await page.locator('#timeline .frame').boundingBox())!;
    const listBox = (await list(page).boundingBox())!;
    expect(listBox.y).toBeGreaterThan(track.y + track.height);
    expect(listBox.x + listBox.width).toBeLessThanOrEqual(390);

    // A button opens the card, the focus goes to it, and comes back to the button when it closes.
    const button = items(page).filter({ hasText: dated.title });
    await button.click();
    await expect(page.locator('#timeline-card h3')).toHaveText(dated.title);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const close = page.locator('#timeline-card .close');
    await expect(close).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#timeline-card')).toHaveCount(0);
    await expect(button).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/timeline-list-390.png`, fullPage: false });
    await expectNoAxeViolations(page);
  });

  test('the list follows the zoom and the categories', async ({ page }) => {
    await page.goto('./#timeline');
    await timelineReady(page);
    await page.getByRole('combobox', { name: 'Go to year' }).selectOption('2018');
    const in2018 = milestones.filter((m) => m.year === 2018);
    await expect(list(page).getByRole('heading')).toHaveText(`In 2018: ${in2018.length} milestones`);
    await expect(items(page)).toHaveCount(in2018.length);
    for (const m of in2018) await expect(items(page).filter({ hasText: m.title })).toHaveCount(1);
    // Hiding a category hides its milestones from the list too.
    const category = in2018[0]!.category;
    const label = { policy: 'Policy', 'capacity-building': 'Capacity building', research: 'Research', partnership: 'Partnership', programme: 'Programme' }[category];
    await page.getByRole('checkbox', { name: new RegExp(`^${label}`) }).uncheck();
    await expect(items(page)).toHaveCount(in2018.filter((m) => m.category !== category).length);
  });
});

test('on a wide screen the track carries the titles and no list is drawn', async ({ page }) => {
  await page.goto('./#timeline');
  await timelineReady(page);
  await expect(page.locator('#timeline .milestone').first()).toBeVisible();
  await expect(list(page)).toHaveCount(0);
});

test('a 600×500 timeline embed starts its track in the first screen, categories folded', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 500 });
  await page.goto('./?embed=timeline');
  await timelineReady(page);
  const track = (await page.locator('#timeline .frame').boundingBox())!;
  // At least half the frame shows the track, and the first milestone's box is wholly in sight.
  expect(track.y).toBeLessThanOrEqual(250);
  const box = (await page.locator('#timeline .milestone').first().boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(track.y);
  expect(box.y + box.height).toBeLessThanOrEqual(500);
  // The categories are one line that opens; their filter still works.
  const fold = page.locator('#timeline details.fold');
  await expect(fold).not.toHaveAttribute('open');
  await expect(fold.locator('summary')).toHaveText('Categories');
  await fold.locator('summary').click();
  await page.getByRole('checkbox', { name: /^Research/ }).uncheck();
  await fold.locator('summary').click();
  await expect(fold.locator('summary')).toHaveText('Categories (1 hidden)');
  await page.screenshot({ path: `${SHOTS}/embed-timeline-600x500.png` });
  await expectNoAxeViolations(page);
});
