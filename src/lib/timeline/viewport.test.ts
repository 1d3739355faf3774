import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Milestone } from '../schema/milestone';
import type { Layout } from './layout';
import type { Domain } from './view';
import { ChunkedDrawing, FIRST_CHUNK, ghostMarksOf, GestureHold, HOLD_AFTER_MS, milestonesInView, revealView, tabStopOf } from './viewport';

const timers = { setTimeout: (run: () => void, ms: number) => setTimeout(run, ms), clearTimeout: (id: unknown) => clearTimeout(id as number) };

describe('GestureHold', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the view a gesture started from, and lets go HOLD_AFTER_MS after it ends', () => {
    const seen: (Domain | null)[] = [];
    const hold = new GestureHold((h) => seen.push(h), timers);
    hold.phase('start', [2002, 2024]);
    // A second start (the wheel turning on) keeps the first view.
    hold.phase('start', [2005, 2010]);
    hold.phase('end', [2005, 2010]);
    vi.advanceTimersByTime(HOLD_AFTER_MS - 1);
    expect(hold.held).toEqual([2002, 2024]);
    vi.advanceTimersByTime(1);
    expect(hold.held).toBeNull();
    expect(seen).toEqual([[2002, 2024], null]);
  });

  it('keeps holding when a new gesture starts within the pause, and lets go at once for a change that is not a gesture', () => {
    const hold = new GestureHold(() => {}, timers);
    hold.phase('start', [2002, 2024]);
    hold.phase('end', [2002, 2024]);
    vi.advanceTimersByTime(HOLD_AFTER_MS / 2);
    hold.phase('start', [2004, 2020]);
    vi.advanceTimersByTime(HOLD_AFTER_MS * 2);
    expect(hold.held).toEqual([2002, 2024]);
    hold.phase('cancel', [2004, 2020]);
    expect(hold.held).toBeNull();
  });

  it('lets go when asked (focus came into the boxes), and the pending release then does nothing', () => {
    const seen: (Domain | null)[] = [];
    const hold = new GestureHold((h) => seen.push(h), timers);
    hold.phase('start', [2002, 2024]);
    hold.phase('end', [2002, 2024]);
    hold.release();
    vi.advanceTimersByTime(HOLD_AFTER_MS);
    expect(seen).toEqual([[2002, 2024], null]);
  });
});

describe('ChunkedDrawing', () => {
  /** Tasks the test runs one at a time. */
  function tasks() {
    const queue: (() => void)[] = [];
    return { next: () => new Promise<void>((r) => queue.push(r)), run: async () => (queue.shift()?.(), await Promise.resolve(), await Promise.resolve()) };
  }

  it('grows by one chunk per task until every box is drawn, then draws all', async () => {
    const t = tasks();
    const limits: number[] = [];
    const chunks = new ChunkedDrawing((l) => limits.push(l), t.next);
    chunks.start(() => FIRST_CHUNK * 2 + 5);
    expect(chunks.limit).toBe(FIRST_CHUNK);
    await t.run();
    expect(chunks.limit).toBe(FIRST_CHUNK * 2);
    await t.run();
    expect(limits).toEqual([FIRST_CHUNK * 2, FIRST_CHUNK * 3, Infinity]);
  });

  it('draws all at once when asked, and a task still queued adds nothing', async () => {
    const t = tasks();
    const limits: number[] = [];
    const chunks = new ChunkedDrawing((l) => limits.push(l), t.next);
    chunks.start(() => 1000);
    chunks.drawAll();
    await t.run();
    expect(limits).toEqual([Infinity]);
  });

  it('needs no task when the first chunk holds them all', async () => {
    const limits: number[] = [];
    const chunks = new ChunkedDrawing((l) => limits.push(l), () => new Promise(() => {}));
    chunks.start(() => 12);
    await Promise.resolve();
    expect(limits).toEqual([Infinity]);
  });
});

describe('revealView and tabStopOf', () => {
  it('pans to a milestone, then zooms in around it until it has a box of its own', () => {
    const placedAt = (view: Domain) => view[1] - view[0] <= 3;
    const view = revealView([2002, 2012], 2019.5, placedAt);
    expect(view[0]).toBeLessThanOrEqual(2019.5);
    expect(view[1]).toBeGreaterThanOrEqual(2019.5);
    expect(view[1] - view[0]).toBeLessThanOrEqual(3);
  });

  it.each([
    { focused: 'b', expected: 'b' },
    { focused: 'z', expected: 'a' },
    { focused: null, expected: 'a' },
  ])('tab stop with $focused focused: $expected', ({ focused, expected }) => {
    const layout = { placed: [{ id: 'a' }, { id: 'b' }] } as Pick<Layout, 'placed'>;
    expect(tabStopOf(focused, layout)).toBe(expected);
  });

  it('has no tab stop when nothing is placed', () => {
    expect(tabStopOf('a', { placed: [] })).toBeNull();
  });
});

describe('ghostMarksOf', () => {
  it('draws every placed box as a mark but those that stay boxes', () => {
    const m = (id: string, yearCertainty: string) => ({ id, category: 'policy', yearCertainty }) as unknown as Milestone;
    const byId = new Map([['a', m('a', 'stated')], ['b', m('b', 'uncertain')], ['c', m('c', 'stated')]]);
    const layout = { placed: [{ id: 'a', x: 10, row: 0 }, { id: 'b', x: 20, row: 1 }, { id: 'c', x: 30, row: 0 }] } as Pick<Layout, 'placed'>;
    const marks = ghostMarksOf(layout, byId, new Set(['c']), (row) => 100 - row * 40, 13);
    expect(marks).toEqual([
      { id: 'a', category: 'policy', approximate: false, x: 10, y: 113 },
      { id: 'b', category: 'policy', approximate: true, x: 20, y: 73 },
    ]);
  });
});

describe('milestonesInView', () => {
  const ms = [
    { id: 'a', year: 2002 },
    { id: 'b', year: 2010, date: '2010-01-15' },
    { id: 'c', year: 2010, date: '2010-12' },
    { id: 'd', year: 2023 },
  ];
  it.each([
    { view: [2002, 2024] as Domain, ids: ['a', 'b', 'c', 'd'] },
    { view: [2010, 2011] as Domain, ids: ['b', 'c'] },
    { view: [2010, 2010.5] as Domain, ids: ['b'] },
    { view: [2003, 2009] as Domain, ids: [] },
    { view: [2023.4, 2024] as Domain, ids: ['d'] },
  ])('$view -> $ids', ({ view, ids }) => {
    expect(milestonesInView(ms, view).map((m) => m.id)).toEqual(ids);
  });
});
