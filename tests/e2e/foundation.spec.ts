import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { corruptDataset, expectNoAxeViolations, reachViews, trackErrors } from './helpers';

const data = (file: string) => JSON.parse(readFileSync(`data/${file}`, 'utf8')) as { id: string }[];
const map = (page: import('@playwright/test').Page) => page.locator('#map');
const timeline = (page: import('@playwright/test').Page) => page.locator('#timeline');
const figures = (page: import('@playwright/test').Page) => page.locator('#figures');

test('the shell loads every dataset with no console error and no CSP violation', async ({ page, baseURL }) => {
  const errors = await trackErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('./');
  await expect(page).toHaveTitle(/Anti-Trafficking Programme/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await reachViews(page);
  await expect(timeline(page).getByText(/year approximate/).first()).toBeVisible();
  await expect(figures(page).getByText('90+').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual({ console: [], csp: [] });
  // Nothing leaves the local server: no CDN, no fonts, no analytics.
  expect(requests.filter((u) => !u.startsWith(baseURL!))).toEqual([]);
});

test('the skip link takes keyboard users to the main content', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to/i });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('a dataset answered with 500 breaks only its view, and Retry recovers it', async ({ page }) => {
  let fail = true;
  await page.route('**/data/milestones.json', (route) => (fail ? route.fulfill({ status: 500, body: 'oops' }) : route.fallback()));
  await page.goto('./');
  await reachViews(page);
  const alert = timeline(page).getByRole('alert');
  await expect(alert).toContainText('milestones.json could not be downloaded: the server answered 500');
  await expect(figures(page).getByText('90+').first()).toBeVisible();
  await expect(map(page).getByRole('alert')).toHaveCount(0);
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(timeline(page).getByRole('alert')).toHaveCount(0);
  await expect(timeline(page).getByText(/year approximate/).first()).toBeVisible();
});

test('malformed JSON names the file and the place of the mistake', async ({ page }) => {
  await page.route('**/data/statistics.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": "x",\n  "label": }' }));
  await page.goto('./');
  await reachViews(page);
  await expect(figures(page).getByRole('alert')).toContainText(/statistics\.json is not valid JSON: .*line 2/);
  await expect(timeline(page).getByText(/year approximate/).first()).toBeVisible();
});

test('a file with one bad record shows the good ones and names the bad one', async ({ page }) => {
  const milestones = data('milestones.json');
  const bad = milestones[0]!;
  await corruptDataset(page, 'milestones.json', (records) => {
    records[0]!['year'] = 1999;
  });
  await page.goto('./');
  await reachViews(page, 'timeline');
  const notice = timeline(page).getByRole('status').filter({ hasText: 'left out' });
  await expect(notice).toContainText('1 record in milestones.json was left out');
  await notice.getByText(/left out/).click();
  await expect(notice).toContainText(`milestones.json → "${bad.id}" (record 1) → year: expected a year from 2002, found 1999`);
  // Milestones only: the bad-records notice in the same view lists its problems as <li> too.
  await expect(timeline(page).locator('li.milestone')).toHaveCount(milestones.length - 1);
});

test.describe('with no service worker', () => {
  // The service worker's own requests bypass page.route: once it controls the page, the query's retry would reach the
  // file through it.
  test.use({ serviceWorkers: 'block' });
  test('a failed network request gives a message and keeps the other views', async ({ page }) => {
    await page.route('**/data/statistics.json', (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await reachViews(page);
    await expect(figures(page).getByRole('alert')).toContainText('network request failed', { timeout: 10_000 });
    await expect(timeline(page).getByText(/year approximate/).first()).toBeVisible();
  });
});

test('the timeline’s code failing to arrive breaks only the timeline, and Retry brings it', async ({ page }) => {
  let block = true;
  await page.route(/\/assets\/TimelineSection-[^/]*\.js$/, (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('./');
  await reachViews(page);
  const alert = timeline(page).getByRole('alert');
  await expect(alert).toContainText('This view could not be loaded.');
  await expect(alert).toContainText('check the connection, then retry');
  // The other views work.
  expect(await map(page).locator('svg path.country').count()).toBeGreaterThan(100);
  await expect(figures(page).getByText('90+').first()).toBeVisible();
  block = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(timeline(page).getByText(/year approximate/).first()).toBeVisible();
  await expect(timeline(page).getByRole('alert')).toHaveCount(0);
});

test('axe finds no accessibility violations in the loaded shell, before and after the views below the map are drawn', async ({ page }) => {
  await page.goto('./');
  // At load: the map, and the placeholders of the views below it with their "Show this section" buttons.
  await page.waitForFunction(() => performance.getEntriesByName('map:interactive').length > 0);
  await expect(page.locator('.show-now')).toHaveCount(2);
  await expectNoAxeViolations(page);
  await reachViews(page);
  await expect(figures(page).getByText('90+').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

/** Records every layout shift of the page from its start, with what moved, for a failure's message. */
async function recordShifts(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        // What moved: a shift is otherwise hard to place after the fact.
        const moved = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}#${s.node.id}.${s.node.getAttribute('class') ?? ''}` : String(s.node?.nodeName)));
        w.__shifts.push(`${entry.value.toFixed(3)} at ${Math.round(entry.startTime)} ms: ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return async () => {
    // Two frames painted since the last change: a late shift would have been recorded.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return page.evaluate(() => {
      const w = window as unknown as { __cls: number; __shifts: string[] };
      return { cls: w.__cls, shifts: w.__shifts.join('\n') };
    });
  };
}

// The files the views below the map read arrive after the map's; on a slow network, after the visitor has scrolled.
for (const slow of [null, 'milestones.json', 'programme.json']) {
  test(`the views keep their size while loading (no layout jump)${slow ? `, ${slow.replace('.json', '')} slow to arrive` : ''}`, async ({ page }) => {
    if (slow) await page.route(`**/data/${slow}`, async (route) => (await new Promise((done) => setTimeout(done, 1500)), route.continue()));
    const shifts = await recordShifts(page);
    await page.goto('./');
    // Layout shifts after a scroll count (only input excuses them): the views drawn as they come near keep their size,
    // and are drawn only once their files are in (drawn before, they grew from their loading boxes: 0.48).
    await reachViews(page);
    await expect(figures(page).getByText('90+').first()).toBeVisible();
    await expect(figures(page).locator('.statements li').first()).toBeVisible();
    await page.waitForFunction(() => ['timeline:ready', 'counters:ready'].every((m) => performance.getEntriesByName(m).length > 0));
    const { cls, shifts: moved } = await shifts();
    expect(cls, moved).toBeLessThan(0.1);
  });
}

test('the map does not move while the app takes the page over', async ({ page }) => {
  const shifts = await recordShifts(page);
  await page.goto('./');
  await page.waitForFunction(() => performance.getEntriesByName('map:interactive').length > 0);
  await page.waitForLoadState('networkidle');
  // Nothing moves at all: the app's first render is the prerendered page's, the line of stated totals included
  // (hydrated before those arrived, it was taken out and put back: the map moved 21 px up, then down).
  const { cls, shifts: moved } = await shifts();
  expect(cls, moved).toBe(0);
});

test('the timeline and the figures are drawn when the visitor comes to them, and Tab from the map goes on into the timeline', async ({ page }) => {
  await page.goto('./');
  await page.waitForFunction(() => performance.getEntriesByName('map:interactive').length > 0);
  // Every file in, the views' code too (their placeholders offer to draw them now): still nothing drawn.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.show-now')).toHaveCount(2);
  // Not drawn at load (1440 × 900: both are below the screen), though their code has arrived.
  await expect(timeline(page).locator('li.milestone')).toHaveCount(0);
  await expect(figures(page).locator('.stat')).toHaveCount(0);
  expect(await page.evaluate(() => performance.getEntriesByName('timeline:ready').length)).toBe(0);
  await expect(page.locator('.show-now')).toHaveCount(2);
  // From the map's last control, Tab reaches the timeline's placeholder, which draws the timeline and hands the
  // keyboard on to its first control.
  await map(page).evaluate((el) => {
    const all = [...el.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter((c) => c.tabIndex >= 0 && !c.matches(':disabled') && c.checkVisibility());
    all.at(-1)!.focus();
  });
  await page.keyboard.press('Tab');
  await expect(timeline(page).locator('li.milestone').first()).toBeAttached();
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('#timeline') && !document.activeElement.matches('.show-now'))).toBe(true);
  await expect(page.locator(':focus')).toBeVisible();
  // Scrolling down draws the figures as they come near.
  await figures(page).scrollIntoViewIfNeeded();
  await expect(figures(page).locator('.stat').first()).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByName('counters:ready').length)).toBe(1);
});
