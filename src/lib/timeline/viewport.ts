// The timeline track's viewport logic, headless (OWID's TimelineController is the model): the hold of a gesture's
// first view, the chunked first drawing, the ghost's marks, the view that reveals a milestone, and the tab stop.
// TimelineView and TimelineTrack keep only the reactive glue; this file's timers and tasks are injected, so the tests
// run them on fake timers.
import type { Milestone } from '../schema/milestone';
import type { GhostMark } from './ghost';
import { LAST_YEAR } from '../schema/vocab';
import { timeOf } from './extent';
import type { Layout } from './layout';
import { panToInclude, zoomDomain, type Domain } from './view';

export interface Timers {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** How long the hold outlasts a gesture's end: d3-zoom ends a wheel gesture 150 ms after the last turn. */
export const HOLD_AFTER_MS = 350;

/**
 * Rule: while a gesture lasts, and HOLD_AFTER_MS after it, the boxes keep the layout of the view it started from and
 * slide (TimelineTrack), laid out again only once the user pauses. Hazard: during the hold the boxes are not where
 * the view on screen would put them, so a key, focus or click must release it first (`release`).
 */
export class GestureHold {
  #held: Domain | null = null;
  #timer: unknown;

  constructor(
    private onChange: (held: Domain | null) => void,
    private timers: Timers = realTimers,
  ) {}

  get held(): Domain | null {
    return this.#held;
  }

  /** A gesture starts (from `view`), ends (released after HOLD_AFTER_MS), or is cancelled, not a gesture after all (released now). */
  phase(phase: 'start' | 'end' | 'cancel', view: Domain) {
    this.timers.clearTimeout(this.#timer);
    if (phase === 'start') {
      if (this.#held === null) this.#set(view);
    } else if (phase === 'end') this.#timer = this.timers.setTimeout(() => this.release(), HOLD_AFTER_MS);
    else this.release();
  }

  release() {
    this.timers.clearTimeout(this.#timer);
    if (this.#held !== null) this.#set(null);
  }

  #set(held: Domain | null) {
    this.#held = held;
    this.onChange(held);
  }
}

/** Boxes drawn per task in the first drawing of many. */
export const FIRST_CHUNK = 60;

/**
 * Rule: the first drawing of many boxes grows by FIRST_CHUNK per task, so the page answers a tap or a key meanwhile;
 * once all are drawn, or `drawAll` is called (a key, focus or click came to the timeline), every later layout is drawn
 * whole. Hazard: a box the user may reach (focused, open) must be drawn whatever the limit (TimelineTrack's `kept`).
 */
export class ChunkedDrawing {
  #limit = FIRST_CHUNK;
  #started = false;

  constructor(
    private onLimit: (limit: number) => void,
    private nextTask: () => Promise<void>,
  ) {}

  get limit(): number {
    return this.#limit;
  }

  /** Starts growing the limit, one chunk per task, until `total()` boxes are drawn. Only the first call starts. */
  start(total: () => number) {
    if (this.#started) return;
    this.#started = true;
    void this.#grow(total);
  }

  async #grow(total: () => number) {
    while (this.#limit !== Infinity && this.#limit < total()) {
      await this.nextTask();
      if (this.#limit === Infinity) return;
      this.#set(this.#limit + FIRST_CHUNK);
    }
    this.drawAll();
  }

  drawAll() {
    if (this.#limit !== Infinity) this.#set(Infinity);
  }

  #set(limit: number) {
    this.#limit = limit;
    this.onLimit(limit);
  }
}

/** The view that shows a milestone in its own box: pan to it, then zoom in around it while it is still in a cluster. */
export function revealView(view: Domain, time: number, placedAt: (view: Domain) => boolean): Domain {
  let next = panToInclude(view, time);
  for (let i = 0; i < 6 && !placedAt(next); i++) next = zoomDomain(next, 2, time);
  return next;
}

/** The one tab stop: the focused milestone while it is on screen, else the first one that is. */
export function tabStopOf(focusedId: string | null, layout: Pick<Layout, 'placed'>): string | null {
  return focusedId !== null && layout.placed.some((p) => p.id === focusedId) ? focusedId : (layout.placed[0]?.id ?? null);
}

/**
 * The marks the ghost draws: every placed box but those that stay boxes (`moving`: the focused and the open one),
 * each at its mark's centre, `top(row) + drop` down.
 */
export function ghostMarksOf(layout: Pick<Layout, 'placed'>, byId: ReadonlyMap<string, Milestone>, moving: ReadonlySet<string>, top: (row: number) => number, drop: number): GhostMark[] {
  return layout.placed
    .filter((p) => !moving.has(p.id))
    .map((p) => {
      const m = byId.get(p.id)!;
      return { id: m.id, category: m.category, approximate: m.yearCertainty !== 'stated', x: p.x, y: top(p.row) + drop };
    });
}

/** The milestones whose time lies in the view, in time order: what a phone lists under the track (TimelineList). */
export function milestonesInView<M extends Pick<Milestone, 'year' | 'date'>>(milestones: readonly M[], view: Domain): M[] {
  return milestones.filter((m) => {
    const t = timeOf(m);
    return t >= view[0] && t <= view[1];
  });
}

/** The years mostly in view, as a reader names them (the toolbar's "Showing 2005–2010", the phone list's heading). */
export function namedYears(view: Domain): { from: string; to: string } {
  const from = Math.min(LAST_YEAR, Math.floor(view[0] + 0.25));
  return { from: String(from), to: String(Math.max(from, Math.ceil(view[1] - 0.25) - 1)) };
}
