// Where the track draws its milestones and year ticks, for its size and view: the boxes laid out by
// lib/timeline/layout.ts, the ticks by lib/timeline/ticks.ts, and during a gesture the shift that slides them.
import type { Milestone } from '../../lib/schema/milestone';
import { timeBand, timeOf } from '../../lib/timeline/extent';
import { MARK, layoutTimeline, rankOf, rowTop } from '../../lib/timeline/layout';
import { baseScale } from '../../lib/timeline/scale';
import { tickPlacer, yearTicks } from '../../lib/timeline/ticks';
import type { Domain } from '../../lib/timeline/view';
import { heldShift, transformFor } from '../../lib/timeline/zoom';

export interface TrackInputs {
  milestones: Milestone[];
  /** The view on screen. */
  view: Domain;
  /** During a gesture, the view it started from. */
  held: Domain | null;
}

/** Room for the year labels under the rows, and above the top row. */
export const AXIS = 34;
export const TOP = 6;
/** Marks at the very start or end of the span stay whole inside the frame. */
const PAD = MARK / 2 + 4;

export class TrackLayout {
  width = $state(0);
  height = $state(0);
  /**
   * Read field by field (getters), so each derived value depends only on what it reads: a view change during a
   * gesture must not rebuild the milestones' times or lay the held view out again.
   */
  #inputs: TrackInputs;
  constructor(inputs: TrackInputs) {
    this.#inputs = inputs;
  }

  readonly base = $derived(baseScale(PAD, this.width - PAD));
  readonly #rowsHeight = $derived(Math.max(0, this.height - AXIS - TOP));
  readonly times = $derived.by(() => new Map(this.#inputs.milestones.map((m) => [m.id, timeOf(m)])));
  readonly #bands = $derived.by(() => new Map(this.#inputs.milestones.map((m) => [m.id, timeBand(m)])));
  readonly byId = $derived.by(() => new Map(this.#inputs.milestones.map((m) => [m.id, m])));

  /** The layout the boxes would have at a view. */
  at(view: Domain) {
    const x = this.x(view);
    return layoutTimeline(
      this.#inputs.milestones.map((m) => {
        const [lo, hi] = this.#bands.get(m.id)!;
        return { id: m.id, x: x(this.times.get(m.id)!), lo: x(lo), hi: x(hi), rank: rankOf(m.category, m.yearCertainty === 'stated') };
      }),
      { width: this.width, height: this.#rowsHeight },
    );
  }
  /** The time scale at a view. */
  x(view: Domain) {
    return transformFor(view, this.base).rescaleX(this.base);
  }

  /**
   * The view the boxes are laid out for: during a gesture, the one it started from. That is the very view already laid
   * out, so a gesture's start does not lay the boxes out again.
   */
  readonly view = $derived.by(() => this.#inputs.held ?? this.#inputs.view);
  readonly layout = $derived(this.at(this.view));
  readonly placed = $derived(new Map(this.layout.placed.map((p) => [p.id, p])));
  readonly shift = $derived.by(() => {
    const { held, view } = this.#inputs;
    return held ? heldShift(held, view, this.base.range() as [number, number]) : null;
  });
  /** Ticks placed for the layout's view, like the boxes: during a gesture the shift slides them. */
  readonly #tickAt = $derived(tickPlacer(this.x(this.view)));
  /** Which years are ticked comes from the view on screen, so a deep zoom gets its years while the wheel turns. */
  readonly ticks = $derived.by(() => {
    const [r0, r1] = this.base.range() as [number, number];
    return yearTicks(this.#inputs.view, r1 - r0).ticks.map((t) => this.#tickAt(t.year));
  });

  /** A row's top, px in the frame. */
  top = (row: number) => TOP + rowTop(this.layout, row, this.#rowsHeight);
}

/** A box's left edge in the layout, moved with the gesture: its mark (at `anchor`) follows the zoom, its width stays. */
export const slide = (anchor: number, left: number) => `calc(var(--k) * ${anchor}px + var(--tx) - ${anchor - left}px)`;
