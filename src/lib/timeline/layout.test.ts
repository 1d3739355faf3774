import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Milestone } from '../schema/milestone';
import { inTimeOrder, timeBand, timeOf } from './extent';
import { baseScale } from './scale';
import { GAP, layoutTimeline, LEVELS, levelsFor, MARK, rankOf, rowTop, type Box, type Layout, type LayoutItem } from './layout';
import { centreOn } from './view';
import { transformFor } from './zoom';

/** Two boxes in the same row that overlap (or touch closer than GAP); empty when the layout is sound. */
function collisions(layout: Layout): [Box, Box][] {
  const boxes: Box[] = [...layout.placed, ...layout.clusters].sort((a, b) => a.row - b.row || a.left - b.left);
  const found: [Box, Box][] = [];
  for (let i = 1; i < boxes.length; i++) {
    const a = boxes[i - 1]!;
    const b = boxes[i]!;
    if (a.row === b.row && b.left < a.right + GAP - 1e-9) found.push([a, b]);
  }
  return found;
}

const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Milestone[];

/** 500 milestones from a seeded generator: bunched into a few busy years, as real programmes are. */
function synthetic(count: number, seed = 42): Pick<Milestone, 'id' | 'year' | 'date'>[] {
  let s = seed;
  const random = () => ((s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
  return Array.from({ length: count }, (_, i) => {
    const year = random() < 0.4 ? 2021 + Math.floor(random() * 3) : 2002 + Math.floor(random() * 22);
    const month = Math.floor(random() * 13);
    return { id: `m${i}`, year, date: month === 0 ? undefined : `${year}-${String(month).padStart(2, '0')}` };
  });
}

const DATASETS = {
  real: load('data/milestones.json'),
  fixture: load('tests/fixtures/valid/milestones.json'),
  synthetic: synthetic(500),
  'one year': synthetic(60).map((m) => ({ ...m, year: 2010, date: undefined })),
};
const SIZES = [
  { width: 360, height: 376 },
  { width: 364, height: 432 },
  { width: 768, height: 400 },
  { width: 1440, height: 436 },
  { width: 1920, height: 436 },
];
const VIEW_WIDTHS = [22, 15, 10, 6, 4, 2.5, 1.5, 1];
const CENTRES = [2002, 2006.3, 2010.5, 2015, 2021.5, 2024];

/** Items as the track sees them: the span across the frame less a padding that keeps end marks whole. */
function itemsAt(milestones: readonly (Pick<Milestone, 'id' | 'year' | 'date'> & Partial<Milestone>)[], width: number, viewYears: number, centre: number, pad = 16): LayoutItem[] {
  const base = baseScale(pad, width - pad);
  const x = transformFor(centreOn(centre, viewYears), base).rescaleX(base);
  return inTimeOrder(milestones).map((m) => {
    const [lo, hi] = timeBand(m);
    const rank = 'category' in m ? rankOf(m.category as string, m.yearCertainty === 'stated') : 0;
    return { id: m.id, x: x(timeOf(m)), lo: x(lo), hi: x(hi), rank };
  });
}

/** Everything wrong with a layout, as readable lines; checked once per layout so 500 items stay fast. */
function problems(layout: Layout, items: readonly LayoutItem[], width: number): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const found = collisions(layout).map(([a, b]) => `overlap in row ${a.row}: ${a.left}–${a.right} and ${b.left}–${b.right}`);
  const shown = [...layout.placed.map((p) => p.id), ...layout.clusters.flatMap((c) => c.ids), ...layout.offscreen];
  if (shown.length !== items.length || new Set(shown).size !== items.length) found.push(`${shown.length} shown for ${items.length} items`);
  for (const box of [...layout.placed, ...layout.clusters]) if (box.row < 0 || box.row >= layout.rows) found.push(`row ${box.row} of ${layout.rows}`);
  for (const p of layout.placed) {
    // The box holds its mark, and its label stays inside the view (it slides left near the right edge).
    if (p.left > p.x - MARK / 2 + 1e-9 || p.right < p.x + MARK / 2 - 1e-9) found.push(`${p.id}: box does not hold its mark`);
    if (p.right > Math.max(width, p.x + MARK / 2) + 1e-9) found.push(`${p.id}: label leaves the view`);
    // The mark stays within the time the milestone stands for (its year, month or day).
    const item = byId.get(p.id)!;
    const [lo, hi] = layout.level === 'marks' ? [item.x, item.x] : [Math.max(item.lo!, -MARK / 2), Math.min(item.hi!, width + MARK / 2)];
    if (p.x < Math.min(lo, hi) - 1e-6 || p.x > Math.max(lo, hi) + 1e-6) found.push(`${p.id}: mark at ${p.x} outside ${lo}–${hi}`);
  }
  return found;
}

describe('layoutTimeline: no two boxes overlap at any zoom level', () => {
  for (const [name, milestones] of Object.entries(DATASETS)) {
    it(`${name} (${milestones.length} milestones) at every size, zoom and centre`, () => {
      for (const { width, height } of SIZES)
        for (const viewYears of VIEW_WIDTHS)
          for (const centre of CENTRES) {
            const items = itemsAt(milestones, width, viewYears, centre);
            const found = problems(layoutTimeline(items, { width, height }), items, width);
            if (found.length > 0) expect({ width, height, viewYears, centre, found }).toEqual({ width, height, viewYears, centre, found: [] });
          }
      // 240 layouts; 500 milestones take seconds on a busy machine.
    }, 30_000);
  }
});

describe('layoutTimeline: semantic zoom', () => {
  it.each([
    { name: 'the real data, whole span, phone', data: DATASETS.real, width: 360, viewYears: 22, expected: 'mixed' },
    { name: 'the real data, one year, desktop', data: DATASETS.real, width: 1440, viewYears: 1, expected: 'details' },
    { name: 'two milestones, whole span, desktop', data: DATASETS.fixture, width: 1440, viewYears: 22, expected: 'details' },
    { name: '500 milestones, whole span, desktop', data: DATASETS.synthetic, width: 1440, viewYears: 22, expected: 'mixed' },
    { name: '500 milestones, whole span, too low for a title row', data: DATASETS.synthetic, width: 1440, height: 100, viewYears: 22, expected: 'marks' },
    // The busiest year: labels spread across the year instead of piling up at mid-year.
    { name: 'the real data, 2021–2022, desktop', data: DATASETS.real, width: 1392, viewYears: 2, centre: 2022, expected: 'titles' },
    { name: 'the real data, 2022 alone, desktop', data: DATASETS.real, width: 1392, viewYears: 1, centre: 2022.5, expected: 'titles' },
    { name: 'the real data, 2010 alone, desktop', data: DATASETS.real, width: 1392, viewYears: 1, centre: 2010.5, expected: 'details' },
    { name: 'the real data, 2022 alone, phone', data: DATASETS.real, width: 364, height: 432, viewYears: 1, centre: 2022.5, expected: 'titles' },
  ])('$name → $expected', ({ data, width, height = 440, viewYears, centre = 2013, expected }) => {
    const items = itemsAt(data, width, viewYears, centre);
    expect(layoutTimeline(items, { width, height }).level).toBe(expected);
  });

  it('shows more detail as the view narrows, never less', () => {
    const rank = { marks: 0, mixed: 1, titles: 2, details: 3 };
    for (const { width, height } of SIZES) {
      let previous = -1;
      for (const viewYears of VIEW_WIDTHS.filter((w) => w >= 4)) {
        // Centred on the busiest years, the densest part stays in view throughout.
        const level = rank[layoutTimeline(itemsAt(DATASETS.real, width, viewYears, 2022), { width, height }).level];
        expect(level).toBeGreaterThanOrEqual(previous);
        previous = level;
      }
    }
  });

  it.each([
    { width: 1392, height: 436, atLeast: 12 },
    { width: 1390, height: 438, atLeast: 12 },
    { width: 1870, height: 436, atLeast: 16 },
    { width: 358, height: 380, atLeast: 2 },
  ])('over the whole span at $width px the real data show at least $atLeast titles, the stated programme ones first', ({ width, height, atLeast }) => {
    const items = itemsAt(DATASETS.real, width, 22, 2013);
    const layout = layoutTimeline(items, { width, height });
    expect(layout.level).toBe('mixed');
    const titled = new Set(layout.placed.filter((p) => p.titled).map((p) => p.id));
    expect(titled.size).toBeGreaterThanOrEqual(atLeast);
    // Every milestone ranked first (a stated year, the programme's own) has its title.
    const first = items.filter((i) => i.rank === 0).map((i) => i.id);
    expect(first.length).toBeGreaterThan(0);
    expect(first.filter((id) => !titled.has(id))).toEqual([]);
    // On a laptop or larger every other milestone is still a mark of its own, not a "+N".
    if (width > 1000) expect(layout.clusters).toEqual([]);
    // Titles sit above the band of marks, which takes what height the title rows leave.
    for (const p of layout.placed) expect(p.titled === true).toBe(p.row >= layout.markRows);
    expect(rowTop(layout, layout.rows - 1, height)).toBeGreaterThanOrEqual(0);
  });

  it.each([
    { category: 'programme', stated: true, expected: 0 },
    { category: 'policy', stated: true, expected: 1 },
    { category: 'programme', stated: false, expected: 2 },
    { category: 'research', stated: false, expected: 3 },
  ])('rank: $category, stated $stated → $expected', ({ category, stated, expected }) => {
    expect(rankOf(category, stated)).toBe(expected);
  });

  it.each([
    { markRows: 0, row: 0, expected: 440 - 84 },
    { markRows: 0, row: 2, expected: 440 - 3 * 84 },
    { markRows: 4, row: 0, expected: 440 - 26 },
    { markRows: 4, row: 3, expected: 440 - 4 * 26 },
    { markRows: 4, row: 4, expected: 440 - 4 * 26 - 84 },
    { markRows: 4, row: 5, expected: 440 - 4 * 26 - 2 * 84 },
    { markRows: 4, row: 7, expected: 440 - 4 * 26 - 4 * 84 },
  ])('row $row with $markRows rows of marks starts at $expected px', ({ markRows, row, expected }) => {
    expect(rowTop({ rowHeight: 84, markRows }, row, 440)).toBe(expected);
  });

  it('loses no real milestone over the whole span on a phone: each is a mark or counted once in a cluster', () => {
    const layout = layoutTimeline(itemsAt(DATASETS.real, 360, 22, 2013), { width: 360, height: 376 });
    const shown = [...layout.placed.map((p) => p.id), ...layout.clusters.flatMap((c) => c.ids)];
    expect(layout.offscreen).toEqual([]);
    expect(shown.toSorted()).toEqual(DATASETS.real.map((m) => m.id).toSorted());
  });

  it('groups what cannot be stacked into clusters that count every milestone once', () => {
    const items = itemsAt(DATASETS.synthetic, 360, 22, 2013);
    const layout = layoutTimeline(items, { width: 360, height: 300 });
    expect(layout.clusters.length).toBeGreaterThan(0);
    expect(layout.placed.length + layout.clusters.reduce((n, c) => n + c.ids.length, 0)).toBe(500);
    // In the last row of marks: under the titles at the mixed level.
    expect(new Set(layout.clusters.map((c) => c.row))).toEqual(new Set([(layout.markRows || layout.rows) - 1]));
  });

  it('a view too low for any label row falls back to marks', () => {
    const items = [{ id: 'a', x: 100 }];
    expect(layoutTimeline(items, { width: 800, height: LEVELS[1]!.rowHeight - 1 }).level).toBe('marks');
  });

  it.each([
    { width: 1440, expected: [280, 216, MARK] },
    { width: 390, expected: [280, 176, MARK] },
    { width: 358, expected: [280, 161, MARK] },
    { width: 200, expected: [200, 150, MARK] },
  ])('boxes narrow on a phone: $width px → $expected', ({ width, expected }) => {
    expect(levelsFor(width).map((l) => l.width)).toEqual(expected);
  });

  it.each([
    { x: 100, expected: { left: 88, right: 368 } },
    { x: 700, expected: { left: 520, right: 800 } },
    { x: 795, expected: { left: 527, right: 807 } },
  ])('a label at $x slides left to stay in an 800px view: $expected', ({ x, expected }) => {
    const layout = layoutTimeline([{ id: 'a', x }], { width: 800, height: 440 });
    expect(layout.level).toBe('details');
    expect(layout.placed[0]).toMatchObject(expected);
  });
});
