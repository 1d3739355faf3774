// The timeline view end to end: zoom, keyboard, cards, deep links, accessibility, screenshots (the show: show.spec.ts).
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Milestone } from '../../src/lib/schema/milestone';
import { CATEGORY_STYLES, SHAPE_OUTLINES } from '../../src/lib/timeline/categories';
import { inTimeOrder } from '../../src/lib/timeline/extent';
import { MARK_UNIT } from '../../src/lib/timeline/ghost';
import { MARK } from '../../src/lib/timeline/layout';
import { corruptDataset, expectNoAxeViolations, reachViews, trackErrors } from './helpers';

// Whatever data/milestones.json holds now: the count is read, never hard-coded.
const milestones = inTimeOrder(JSON.parse(readFileSync('data/milestones.json', 'utf8')) as Milestone[]);
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const timeline = (page: Page) => page.locator('#timeline');
const frame = (page: Page) => page.locator('#timeline .frame');
const card = (page: Page) => page.locator('#timeline-card');
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Presentation of the programme' });
const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['id'] ?? null);

const COPIES = 10;
const copyId = (id: unknown, i: number) => `${id}-copy-${i}`;
/** Ten copies of each milestone, so the layout has clusters and more boxes than one chunk. */
async function tenCopies(page: Page) {
  await corruptDataset(page, 'milestones.json', (records) => {
    records.splice(0, records.length, ...records.flatMap((r) => Array.from({ length: COPIES }, (_, i) => ({ ...r, id: copyId(r['id'], i) }))));
  });
}

/** A #rrggbb colour as getComputedStyle writes it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function viewOf(page: Page): Promise<[number, number]> {
  const [a, b] = ((await frame(page).getAttribute('data-view')) ?? '').split(',').map(Number);
  return [a!, b!];
}

async function viewYears(page: Page): Promise<number> {
  const [a, b] = ((await frame(page).getAttribute('data-view')) ?? '').split(',').map(Number);
  return b! - a!;
}

async function open(page: Page, path = './') {
  await page.goto(path);
  await reachViews(page, 'timeline');
  await expect(timeline(page).locator('li.milestone')).toHaveCount(milestones.length);
  await timeline(page).scrollIntoViewIfNeeded();
}

test.beforeAll(() => {
  expect(milestones.length, 'data/milestones.json should hold milestones').toBeGreaterThan(1);
});

test('every milestone is on the timeline, ready is marked once, no console error or CSP violation', async ({ page }) => {
  const errors = await trackErrors(page);
  await open(page);
  await expect(timeline(page).locator('li.milestone button:visible')).toHaveCount(milestones.length);
  const ready = await page.evaluate(() => performance.getEntriesByName('timeline:ready').length);
  expect(ready).toBe(1);
  expect(errors).toEqual({ console: [], csp: [] });
});

test('the wheel and the buttons zoom in and out, within one year and the whole span', async ({ page }) => {
  const errors = await trackErrors(page);
  await open(page);
  expect(await viewYears(page)).toBeCloseTo(22);
  const box = (await frame(page).boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + 20 };

  // Scrolling past the timeline is not captured: a hint says how to zoom.
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.wheel(0, -400);
  await expect(timeline(page).getByText('Use Ctrl + scroll to zoom the timeline')).toBeVisible();
  expect(await viewYears(page)).toBeCloseTo(22);

  // That wheel scrolled the page instead: find the frame again, then work with it.
  await frame(page).scrollIntoViewIfNeeded();
  const at = (await frame(page).boundingBox())!;
  await page.mouse.click(at.x + at.width / 2, at.y + 20);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => viewYears(page)).toBeLessThan(15);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -600);
  await expect.poll(() => viewYears(page)).toBeCloseTo(1, 2);
  await expect(frame(page)).toHaveAttribute('data-level', /titles|details/);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 800);
  await expect.poll(() => viewYears(page)).toBeCloseTo(22, 2);

  const zoomIn = timeline(page).getByRole('button', { name: 'Zoom in' });
  const zoomOut = timeline(page).getByRole('button', { name: 'Zoom out' });
  await expect(zoomOut).toBeDisabled();
  await zoomIn.click();
  await expect.poll(() => viewYears(page)).toBeCloseTo(11, 2);
  await zoomIn.click();
  await expect.poll(() => viewYears(page)).toBeCloseTo(5.5, 2);
  await zoomOut.click();
  await expect.poll(() => viewYears(page)).toBeCloseTo(11, 2);
  await timeline(page).getByRole('button', { name: 'Show all years' }).click();
  await expect.poll(() => viewYears(page)).toBeCloseTo(22, 2);

  await page.getByLabel('Go to year').selectOption('2010');
  await expect.poll(() => viewYears(page)).toBeCloseTo(1, 2);
  await expect(timeline(page).getByText('Showing 2010', { exact: true })).toBeVisible();
  expect(errors).toEqual({ console: [], csp: [] });
});

/** Starts a wheel gesture over the timeline's marks and returns while it holds (the mouse is engaged by a click). */
async function startWheel(page: Page, turns = 2) {
  await frame(page).scrollIntoViewIfNeeded();
  const box = (await frame(page).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 8);
  for (let i = 0; i < turns; i++) await page.mouse.wheel(0, -100);
  await expect.poll(() => frame(page).locator('svg.ghost').count()).toBe(1);
  return box;
}

test('the overview\'s window follows a drag through all its steps, not only the first', async ({ page }) => {
  await open(page);
  // Zoom in first, so the window is narrower than the strip and has room to move.
  await timeline(page).getByRole('button', { name: 'Zoom in', exact: true }).click();
  // Once its animation has ended: the drag must start from a view that stays put.
  await expect.poll(() => viewYears(page)).toBeCloseTo(11, 2);
  const strip = timeline(page).locator('.overview');
  const span = await viewYears(page);
  const [from] = await viewOf(page);
  const win = (await strip.locator('rect.window').boundingBox())!;
  const y = win.y + win.height / 2;
  // The drag starts inside the window, away from its grips, and moves in ten steps.
  const start = win.x + win.width / 2;
  await page.mouse.move(start, y);
  await page.mouse.down();
  // The window is the view's years wide on the strip.
  const pxPerYear = win.width / span;
  await page.mouse.move(start - 3 * pxPerYear, y, { steps: 10 });
  await page.mouse.up();
  // Every step counts, not only the first: the whole drag is three years (within half a year, the pointer's pixels).
  await expect.poll(async () => (await viewOf(page))[0]).toBeLessThan(from - 2.5);
  expect((await viewOf(page))[0]).toBeGreaterThan(from - 3.5);
  expect(await viewYears(page)).toBeCloseTo(span, 1);
});

test('while the wheel turns the marks move as drawn paths over the boxes held still, laid out again when it stops', async ({ page }) => {
  await page.goto('./');
  await reachViews(page, 'timeline');
  await expect(timeline(page).locator('li.milestone').first()).toBeVisible();
  await expect(frame(page)).toHaveAttribute('data-level', /^(marks|mixed)$/);
  await frame(page).scrollIntoViewIfNeeded();
  const box = (await frame(page).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 8);
  const boxes = () => frame(page).locator('li.milestone:not(.hidden)').count();
  const shown = await boxes();
  // What the frame looked like at each step of the gesture, recorded in the page so no step is missed.
  await frame(page).evaluate((el) => {
    const seen: { k: number; n: number; ghost: number; hidden: boolean }[] = [];
    Object.assign(window, { __steps: seen });
    new MutationObserver(() =>
      seen.push({
        k: Number(el.style.getPropertyValue('--k') || 1),
        n: el.querySelectorAll('li.milestone:not(.hidden)').length,
        ghost: [...el.querySelectorAll('svg.ghost path')].reduce((sum, p) => sum + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0),
        hidden: getComputedStyle(el.querySelector('ol')!).visibility === 'hidden',
      }),
    ).observe(el, { attributes: true, attributeFilter: ['style'] });
  });
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
  type Step = { k: number; n: number; ghost: number; hidden: boolean };
  const steps = () => page.evaluate(() => (window as unknown as { __steps: Step[] }).__steps);
  await expect.poll(async () => (await steps()).some((s) => s.k > 1.5)).toBe(true);
  // Mid-gesture: the same boxes, none laid out again, hidden; each of their marks drawn once in the moving paths.
  const mid = (await steps()).filter((s) => s.k > 1);
  expect(mid.every((s) => s.n === shown && s.ghost === shown && s.hidden), JSON.stringify(mid)).toBe(true);

  // Each drawn mark is where its box's mark would be at this zoom (x ↦ k·x + tx, its row unchanged), within half a
  // pixel, in the path of its own colour and certainty.
  const shapes = Object.values(CATEGORY_STYLES).map((c) => ({ colour: rgb(c.colour), start: SHAPE_OUTLINES[c.shape].start }));
  const misplaced = await frame(page).evaluate(
    (el, { shapes, unit }) => {
      const k = Number(el.style.getPropertyValue('--k'));
      const tx = parseFloat(el.style.getPropertyValue('--tx'));
      const origin = el.querySelector('ol')!.getBoundingClientRect();
      const paths = [...el.querySelectorAll<SVGPathElement>('svg.ghost path')].map((p) => ({
        colour: getComputedStyle(p).color,
        hollow: p.classList.contains('hollow'),
        starts: [...p.getAttribute('d')!.matchAll(/M([-\d.]+) ([-\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)]),
      }));
      return [...el.querySelectorAll('li.milestone:not(.hidden) svg.mark')].flatMap((mark) => {
        const r = mark.getBoundingClientRect();
        const x = k * (r.left + r.width / 2 - origin.left) + tx;
        const y = r.top + r.height / 2 - origin.top;
        const colour = getComputedStyle(mark).color;
        const hollow = mark.querySelector('.mark-shape')!.classList.contains('hollow');
        const start = shapes.find((s) => s.colour === colour)!.start;
        const want = [x / unit - 8 + start[0], y / unit - 8 + start[1]];
        const own = paths.filter((p) => p.colour === colour && p.hollow === hollow);
        const found = own.some((p) => p.starts.some(([sx, sy]) => Math.abs(sx! - want[0]!) * unit < 0.5 && Math.abs(sy! - want[1]!) * unit < 0.5));
        return found ? [] : [{ x, y, colour, hollow }];
      });
    },
    { shapes, unit: MARK_UNIT },
  );
  expect(misplaced).toEqual([]);

  // Paused: laid out for the new view, so only what fits is drawn, the boxes are back and the paths gone.
  await expect.poll(boxes).toBeLessThan(shown);
  await expect.poll(() => frame(page).evaluate((el) => getComputedStyle(el).getPropertyValue('--k'))).toBe('1');
  await expect(frame(page).locator('svg.ghost')).toHaveCount(0);
  await expect(frame(page).locator('ol.milestones')).toBeVisible();
});

test('while the wheel turns the years on the axis stay under the view on screen, their lines and labels', async ({ page }) => {
  await open(page);
  // At each step of the gesture, in the page: how far each year's line and label are from where the view shown puts them.
  await frame(page).evaluate((el, pad) => {
    const seen: { held: boolean; years: number; off: number }[] = [];
    Object.assign(window, { __axis: seen });
    new MutationObserver(() => {
      const [a, b] = el.dataset['view']!.split(',').map(Number) as [number, number];
      const left = el.getBoundingClientRect().left + el.clientLeft;
      const at = (year: number) => left + pad + ((year - a) / (b - a)) * (el.clientWidth - 2 * pad);
      const labels = [...el.querySelectorAll<HTMLElement>('.years span')];
      // The lines are one path, a move to each year's x in the frame's padding box, in the labels' order.
      const lines = [...(el.querySelector('.year-lines')?.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+)/g)].map((m) => left + Number(m[1]));
      const off = labels.flatMap((label, i) => {
        const year = Number(label.textContent);
        const l = label.getBoundingClientRect();
        return [Math.abs(l.left + l.width / 2 - at(year + 0.5)), Math.abs(lines[i]! - at(year))];
      });
      if (lines.length !== labels.length) off.push(Infinity);
      seen.push({ held: el.querySelector('svg.ghost') !== null, years: labels.length, off: Math.max(0, ...off) });
    }).observe(el, { attributes: true, attributeFilter: ['style'] });
  }, MARK / 2 + 4);
  const before = await frame(page).locator('.years span').count();
  await startWheel(page, 6);
  type Step = { held: boolean; years: number; off: number };
  const steps = () => page.evaluate(() => (window as unknown as { __axis: Step[] }).__axis);
  await expect.poll(async () => (await steps()).filter((s) => s.held).length).toBeGreaterThan(2);
  const held = (await steps()).filter((s) => s.held);
  // Zoomed in, fewer years are in view, each where it belongs to within a pixel (the line's 1 px stroke).
  expect(held.at(-1)!.years).toBeLessThan(before);
  expect(held.every((s) => s.years > 0 && s.off < 1.5), JSON.stringify(held)).toBe(true);
});

/** The number of boxes once the first drawing, a chunk per task, has stopped adding any. */
async function settledBoxes(page: Page): Promise<number> {
  const boxes = frame(page).locator('li.milestone');
  let last = -1;
  await expect
    .poll(async () => {
      const n = await boxes.count();
      const settled = n === last;
      last = n;
      return settled;
    }, { intervals: [300] })
    .toBe(true);
  return last;
}

/** In the page, before the app's own listeners: whether the gesture's drawn marks were up at each press and key. */
async function recordGhostAtInput(page: Page) {
  await page.addInitScript(() => {
    const seen: { type: string; ghost: boolean; onButton: boolean }[] = [];
    Object.assign(window, { __input: seen });
    for (const type of ['pointerdown', 'keydown'])
      addEventListener(
        type,
        (e) => seen.push({ type, ghost: document.querySelector('#timeline svg.ghost') !== null, onButton: (e.target as Element).closest?.('button') != null }),
        { capture: true },
      );
  });
}
const inputs = (page: Page) => page.evaluate(() => (window as unknown as { __input: { type: string; ghost: boolean; onButton: boolean }[] }).__input);

test('a mark clicked while the wheel turns opens its card, and the box gets the focus', async ({ page }) => {
  await recordGhostAtInput(page);
  await page.goto('./');
  await reachViews(page, 'timeline');
  await expect(timeline(page).locator('li.milestone').first()).toBeVisible();
  await startWheel(page);
  // The centre of a drawn mark: read from the hidden box it stands for, moved by the gesture's shift.
  const target = await frame(page).evaluate((el) => {
    const k = Number(el.style.getPropertyValue('--k'));
    const tx = parseFloat(el.style.getPropertyValue('--tx'));
    const origin = el.querySelector('ol')!.getBoundingClientRect();
    const frameBox = el.getBoundingClientRect();
    for (const li of el.querySelectorAll('li.milestone:not(.hidden)')) {
      const r = li.querySelector('svg.mark')!.getBoundingClientRect();
      const x = origin.left + k * (r.left + r.width / 2 - origin.left) + tx;
      if (x > frameBox.left + 30 && x < frameBox.right - 30) return { id: li.querySelector('button')!.dataset['id']!, x, y: r.top + r.height / 2 };
    }
    return null;
  });
  expect(target).not.toBeNull();
  await page.mouse.click(target!.x, target!.y);
  // The press met the drawn marks, not a box: the click was read from the drawing.
  expect((await inputs(page)).filter((i) => i.type === 'pointerdown').at(-1)).toEqual({ type: 'pointerdown', ghost: true, onButton: false });
  await expect(card(page)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`milestone=${target!.id}`));
  await expect(frame(page).locator('svg.ghost')).toHaveCount(0);
  await expect(timeline(page).locator(`button[data-id="${target!.id}"]`)).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => focusedId(page)).toBe(target!.id);
});

test('a key pressed while the wheel turns meets the real boxes: Tab lands on one that is drawn', async ({ page }) => {
  await recordGhostAtInput(page);
  await page.goto('./');
  await reachViews(page, 'timeline');
  await expect(timeline(page).locator('li.milestone').first()).toBeVisible();
  await startWheel(page);
  // Ctrl held (as for Ctrl + wheel) leaves the drawing as it is.
  await page.keyboard.down('Control');
  await page.keyboard.up('Control');
  expect(await frame(page).locator('svg.ghost').count()).toBe(1);
  await page.getByRole('button', { name: 'Present', exact: true }).focus();
  await page.keyboard.press('Tab');
  // At once, not by the gesture's own end: the marks were up when the key came, and are gone as it acts.
  expect((await inputs(page)).filter((i) => i.type === 'keydown').at(-1)?.ghost).toBe(true);
  expect(await frame(page).locator('svg.ghost').count()).toBe(0);
  const active = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.dataset['id'] ?? null, visible: el?.checkVisibility({ visibilityProperty: true }) ?? false };
  });
  expect(active.id).not.toBeNull();
  expect(active.visible).toBe(true);
});

test('a box with keyboard focus stays a box through a wheel gesture, moving with it, and keeps the focus', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Present', exact: true }).focus();
  await page.keyboard.press('Tab');
  const id = await focusedId(page);
  expect(id).not.toBeNull();
  const focused = timeline(page).locator(`li.milestone:has(button[data-id="${id}"])`);
  const before = (await focused.boundingBox())!;
  const box = (await frame(page).boundingBox())!;
  // The wheel over the frame without a click, so the focus stays where the keyboard put it; zooming about the focused
  // box keeps it in view, so it is still drawn when the layout catches up.
  await page.mouse.move(before.x + 12, box.y + box.height - 8);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
  await expect.poll(() => frame(page).locator('svg.ghost').count()).toBe(1);
  const mid = await frame(page).evaluate((el, liId) => {
    const li = el.querySelector(`button[data-id="${liId}"]`)!.closest('li')!;
    const ghosted = (el.querySelector('svg.ghost')!.querySelectorAll('path') as NodeListOf<SVGPathElement>);
    return {
      visible: getComputedStyle(li).visibility,
      left: li.getBoundingClientRect().left,
      k: Number(el.style.getPropertyValue('--k')),
      tx: parseFloat(el.style.getPropertyValue('--tx')),
      // The focused box is not drawn twice: every other shown box's mark is in the paths.
      drawn: [...ghosted].reduce((sum, p) => sum + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0),
      boxes: el.querySelectorAll('li.milestone:not(.hidden)').length,
      active: (document.activeElement as HTMLElement | null)?.dataset['id'],
    };
  }, id);
  expect(mid).toMatchObject({ visible: 'visible', active: id, drawn: mid.boxes - 1 });
  // Where the gesture's shift puts it: its mark's x ↦ k·x + tx, from where it stood.
  const origin = (await frame(page).locator('ol.milestones').boundingBox())!;
  const markX = before.x - origin.x + 12;
  expect(mid.left - origin.x + 12).toBeCloseTo(mid.k * markX + mid.tx, 0);
  await expect(frame(page).locator('svg.ghost')).toHaveCount(0);
  expect(await focusedId(page)).toBe(id);
});

test('the open milestone stays a box through a wheel gesture, so its card\'s ring is never lost', async ({ page }) => {
  await page.goto('./');
  await reachViews(page, 'timeline');
  const first = timeline(page).locator('li.milestone button').first();
  await first.click();
  await expect(card(page)).toBeVisible();
  const id = await first.getAttribute('data-id');
  // startWheel's press on the axis strip takes the focus off the box: it is open, not focused.
  await startWheel(page);
  const mid = await frame(page).evaluate((el, openId) => {
    const li = el.querySelector(`button[data-id="${openId}"]`)!.closest('li')!;
    return {
      visible: getComputedStyle(li).visibility,
      focused: (document.activeElement as HTMLElement | null)?.dataset['id'] === openId,
      expanded: li.querySelector('button')!.getAttribute('aria-expanded'),
      drawn: [...el.querySelectorAll('svg.ghost path')].reduce((sum, p) => sum + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0),
      boxes: el.querySelectorAll('li.milestone:not(.hidden)').length,
    };
  }, id);
  expect(mid).toEqual({ visible: 'visible', focused: false, expanded: 'true', drawn: mid.boxes - 1, boxes: mid.boxes });
});

test('many milestones are first drawn a chunk per task, so the page answers meanwhile, until every box is there', async ({ page }) => {
  await tenCopies(page);
  // The number of boxes each time the page's own observer is called back (once per microtask checkpoint).
  await page.addInitScript(() => {
    const batches: number[] = [];
    Object.assign(window, { __batches: batches });
    new MutationObserver(() => {
      const list = document.querySelector('#timeline ol.milestones');
      if (!list) return;
      const n = list.querySelectorAll('li.milestone').length;
      if (n !== batches.at(-1)) batches.push(n);
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('./');
  await reachViews(page, 'timeline');
  await expect(frame(page).locator('li.milestone').first()).toBeVisible();
  const last = await settledBoxes(page);
  const batches = await page.evaluate(() => (window as unknown as { __batches: number[] }).__batches.filter((n) => n > 0));
  expect(last, 'more boxes than one chunk, or the test shows nothing').toBeGreaterThan(60);
  // A chunk of 60 at a time (the focused and the open milestone may come with the first), to the end.
  const steps = batches.map((n, i) => n - (batches[i - 1] ?? 0));
  expect(steps.every((n) => n <= 62), JSON.stringify(batches)).toBe(true);
  expect(batches.length, JSON.stringify(batches)).toBeGreaterThanOrEqual(Math.ceil(last / 62));
  expect(batches.at(-1)).toBe(last);
});

test.describe('with ten copies of each milestone, loaded twice', () => {
  // The second load must get the copies too, not the offline copy of the real data.
  test.use({ serviceWorkers: 'block' });

  test('closing the card of a milestone folded into a cluster since gives the focus to a box on screen', async ({ page }) => {
    await tenCopies(page);
    await page.goto('./');
    await reachViews(page, 'timeline');
    await expect(frame(page).locator('button.cluster').first()).toBeVisible();
    // A milestone in a cluster over the whole span: it has no box there.
    await settledBoxes(page);
    const drawnIds = new Set(await frame(page).locator('li.milestone button').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['id'])));
    const folded = milestones.flatMap((m) => Array.from({ length: COPIES }, (_, i) => copyId(m.id, i))).find((id) => !drawnIds.has(id));
    expect(folded).toBeDefined();
    // Linked to, its card opens.
    await page.goto(`./?milestone=${folded}`);
    await expect(card(page)).toBeVisible();
    // Over the whole span (where a deep link into a busy year may already leave it) it is folded into a cluster.
    const all = timeline(page).getByRole('button', { name: 'Show all years' });
    if (await all.isEnabled()) await all.click();
    await expect(frame(page).locator(`li.milestone.hidden button[data-id="${folded}"]`)).toHaveCount(1);
    await card(page).getByRole('button', { name: 'Close' }).click();
    await expect(card(page)).toHaveCount(0);
    const active = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { inList: el?.closest('#timeline .milestones') != null, visible: el?.checkVisibility() ?? false };
    });
    expect(active).toEqual({ inList: true, visible: true });
  });
});

test('a +n cluster clicked just after the wheel zooms into its own years', async ({ page }) => {
  await tenCopies(page);
  await page.goto('./');
  await reachViews(page, 'timeline');
  const clusters = frame(page).locator('button.cluster');
  await expect(clusters.first()).toBeVisible();
  await frame(page).scrollIntoViewIfNeeded();
  const box = (await frame(page).boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height - 8);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
  // At once, inside the pause that keeps the gesture's layout: the rightmost cluster still in the frame.
  const target = await clusters.evaluateAll((els, right) => {
    const inside = els.map((el) => el.getBoundingClientRect()).filter((r) => r.right < right && r.left > 0);
    const last = inside.sort((a, b) => a.left - b.left).at(-1);
    return last ? { x: (last.left + last.right) / 2, y: (last.top + last.bottom) / 2 } : null;
  }, box.x + box.width);
  expect(target).not.toBeNull();
  const [v0, v1] = await viewOf(page);
  // Near enough: the frame's padding shifts the years by a fraction of a box.
  const year = v0 + ((target!.x - box.x) / box.width) * (v1 - v0);
  await page.mouse.click(target!.x, target!.y);
  // Zooming in about the cluster keeps its years under the pointer.
  await expect.poll(async () => {
    const [a, b] = await viewOf(page);
    const x = box.x + ((year - a) / (b - a)) * box.width;
    return b - a < (v1 - v0) / 2 && Math.abs(x - target!.x) < box.width * 0.05;
  }).toBe(true);
});

test('a key pressed right after a click is laid out at once: focus stays on a box that is drawn', async ({ page }) => {
  await page.goto('./');
  await reachViews(page, 'timeline');
  const first = timeline(page).locator('li.milestone button').first();
  await first.click();
  // Within the pause after the click's press-and-release, which the wheel's hold would otherwise still cover.
  await page.keyboard.press('+');
  // No slide: the boxes are already laid out for the zoomed view.
  expect(await frame(page).evaluate((el) => el.style.getPropertyValue('--k'))).toBe('1');
  await page.keyboard.press('+');
  expect(await frame(page).evaluate((el) => el.style.getPropertyValue('--k'))).toBe('1');
  const focused = page.locator('#timeline li.milestone button:focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toBeInViewport();
});

test('keyboard only: one tab stop, then the arrow keys visit every milestone in time order', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  await page.getByRole('button', { name: 'Present', exact: true }).focus();
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe(milestones[0]!.id);
  const first = milestones[0]!;
  await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(`^${first.year}, ${escape(first.title)}, `));

  const visited = [await focusedId(page)];
  for (let i = 1; i < milestones.length; i++) {
    await page.keyboard.press('ArrowRight');
    visited.push(await focusedId(page));
  }
  expect(visited).toEqual(milestones.map((m) => m.id));
  await expect(page).toHaveURL(new RegExp(`milestone=${milestones.at(-1)!.id}`));
  // At the end it stays at the end.
  await page.keyboard.press('ArrowRight');
  expect(await focusedId(page)).toBe(milestones.at(-1)!.id);

  await page.keyboard.press('Home');
  expect(await focusedId(page)).toBe(milestones[0]!.id);
  await page.keyboard.press('End');
  expect(await focusedId(page)).toBe(milestones.at(-1)!.id);
  await page.keyboard.press('ArrowLeft');
  expect(await focusedId(page)).toBe(milestones.at(-2)!.id);

  // + and − zoom; the focused milestone stays on screen and keeps focus.
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  expect(await viewYears(page)).toBeLessThan(2);
  expect(await focusedId(page)).toBe(milestones.at(-2)!.id);
  await expect(page.locator(':focus')).toBeInViewport();
  await page.keyboard.press('Home');
  expect(await focusedId(page)).toBe(milestones[0]!.id);
  await expect(page.locator(':focus')).toBeInViewport();
  for (let i = 0; i < 5; i++) await page.keyboard.press('-');
  expect(await viewYears(page)).toBeCloseTo(22, 2);

  // Tab leaves the timeline in one step: a single tab stop.
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBeNull();
});

test('a year stated as approximate says so, and its card gives the reason', async ({ page }) => {
  const approximate = milestones.find((m) => m.yearCertainty !== 'stated' && m.yearNote);
  test.skip(!approximate, 'no approximate year in the data');
  await open(page);
  const button = timeline(page).locator(`[data-id="${approximate!.id}"]`);
  await expect(button).toHaveAccessibleName(/, year approximate$/);
  await button.click();
  await expect(card(page)).toContainText('year approximate');
  await expect(card(page)).toContainText(approximate!.yearNote!);
});

test('Enter opens a card with year, title, detail, category, countries, publication and source', async ({ page }) => {
  const m = milestones.find((x) => x.countries?.length && x.publication) ?? milestones.find((x) => x.countries?.length) ?? milestones[0]!;
  await open(page);
  const button = timeline(page).locator(`[data-id="${m.id}"]`);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(card(page).getByRole('heading', { name: m.title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`milestone=${m.id}`));
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(card(page)).toContainText(String(m.year));
  await expect(card(page)).toContainText(m.detail);
  const names = new Intl.DisplayNames(['en-GB'], { type: 'region' });
  for (const code of m.countries ?? []) await expect(card(page)).toContainText(names.of(code)!);
  if (m.publication) await expect(card(page).getByRole('link', { name: m.publication.label })).toHaveAttribute('href', m.publication.url);
  // The source is named by its title (sources.json), never by its file name.
  const documents = JSON.parse(readFileSync('data/sources.json', 'utf8')) as { file: string; title: string }[];
  await expect(card(page)).toContainText(documents.find((d) => d.file === m.sources[0]!.seed)!.title);
  await expect(card(page)).not.toContainText('.txt');
  await expect(card(page)).toContainText(m.sources[0]!.quote);
  // While a card is open it follows the arrow keys.
  await button.press('ArrowRight');
  const next = milestones[milestones.indexOf(m) + 1];
  if (next) await expect(card(page).getByRole('heading', { name: next.title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
});

test('the category legend filters the milestones', async ({ page }) => {
  await open(page);
  const policy = milestones.filter((m) => m.category === 'policy').length;
  await page.getByRole('checkbox', { name: /^Policy/ }).uncheck();
  await expect(timeline(page).locator('li.milestone')).toHaveCount(milestones.length - policy);
  await page.getByRole('checkbox', { name: /^Policy/ }).check();
  await expect(timeline(page).locator('li.milestone')).toHaveCount(milestones.length);
});

test('a deep link opens its milestone; Back and Forward follow the history', async ({ page }) => {
  const m = milestones[Math.floor(milestones.length / 2)]!;
  await open(page, `./?milestone=${m.id}`);
  await expect(card(page).getByRole('heading', { name: m.title })).toBeVisible();
  await expect(timeline(page).locator(`[data-id="${m.id}"]`)).toHaveAttribute('aria-expanded', 'true');
  const other = milestones[0]!;
  await timeline(page).locator(`[data-id="${other.id}"]`).click();
  await expect(card(page).getByRole('heading', { name: other.title })).toBeVisible();
  await page.goBack();
  await expect(card(page).getByRole('heading', { name: m.title })).toBeVisible();
});

test('malformed links are ignored with a short notice, and the timeline still works', async ({ page }) => {
  const errors = await trackErrors(page);
  await open(page, './?milestone=no-such-milestone&present=abc');
  const notice = timeline(page).getByRole('status').filter({ hasText: 'not on the timeline' });
  await expect(notice).toContainText('“no-such-milestone”');
  await expect(timeline(page).getByText('“present=abc” was not understood')).toBeVisible();
  await expect(card(page)).toHaveCount(0);
  await expect(dialog(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await timeline(page).locator(`[data-id="${milestones[0]!.id}"]`).click();
  await expect(card(page)).toBeVisible();
  expect(errors).toEqual({ console: [], csp: [] });
});

test('axe finds no violations in the timeline, with a card open and zoomed in to titles', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page);
  await expectNoAxeViolations(page, '#timeline');
  await timeline(page).locator(`[data-id="${milestones[0]!.id}"]`).click();
  await page.getByLabel('Go to year').selectOption(String(milestones[0]!.year));
  await expect(frame(page)).toHaveAttribute('data-level', /titles|details/);
  await expectNoAxeViolations(page, '#timeline');
});

for (const size of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
]) {
  test(`screenshots at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await open(page);
    await timeline(page).screenshot({ path: `${SHOTS}/timeline-${size.width}x${size.height}-whole.png` });
    // Zoomed into the busiest years, where titles (and then details) show.
    // The busiest year, zoomed in: titles (or details) show, and still nothing overlaps.
    const busiest = mostCommon(milestones.map((m) => m.year));
    await page.getByLabel('Go to year').selectOption(String(busiest));
    await expect.poll(() => viewYears(page)).toBeCloseTo(1, 2);
    await expect(frame(page)).toHaveAttribute('data-level', /titles|details/);
    await timeline(page).locator(`[data-id="${milestones.find((m) => m.year === busiest)!.id}"]`).click();
    await timeline(page).screenshot({ path: `${SHOTS}/timeline-${size.width}x${size.height}-zoomed.png` });
    const boxes = await timeline(page).locator('li.milestone:visible').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(overlaps(boxes)).toEqual([]);
  });
}


function overlaps(boxes: DOMRect[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) found.push(`${i}×${j}`);
    }
  return found;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

for (const lang of ['en', 'fr']) {
  test(`every box's head shows its date whole, the year included, at 1366×768 (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`./?lang=${lang}`);
    await reachViews(page, 'timeline');
    const heads = page.locator('#timeline .milestone .when');
    await expect(heads.first()).toBeVisible();
    const cut = await heads.evaluateAll((all) => all.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
    // Pushed against the track's edge, "16 September 2021" had lost its year; in French, "année approximative" its end.
    expect(cut).toEqual([]);
    expect(await heads.evaluateAll((all) => all.filter((el) => !/\b(19|20)\d\d\b/.test(el.textContent ?? '')).length)).toBe(0);
  });
}
