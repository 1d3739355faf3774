// The track's marks during a wheel or pinch gesture: which boxes give way to drawn paths (lib/timeline/ghost.ts),
// which stay boxes, and which mark a click on the drawing hits.
//
// Rule: at the marks and mixed levels a held gesture draws the marks as a few paths; the focused and the open box stay
// boxes and move by themselves. Hazard: a drawn mark is not a button, so a key, a focus or a click must end the hold
// (the track's unghost) before it acts, or it acts on a box that is not where it is drawn.
import type { Milestone } from '../../lib/schema/milestone';
import { ghostAt, ghostPaths, type GhostMark } from '../../lib/timeline/ghost';
import { MARK, type Layout } from '../../lib/timeline/layout';
import { ghostMarksOf } from '../../lib/timeline/viewport';


export interface GhostInputs {
  held: boolean;
  layout: Layout;
  byId: ReadonlyMap<string, Milestone>;
  /** The box with focus, and the open one: they stay boxes. */
  focusedId: string | null;
  openId: string | null;
  shift: { k: number; tx: number } | null;
  top: (row: number) => number;
}

/** A mark's centre in its box: half a box across, and the button's 1 px border plus half its 24 px head down. */
const MARK_DROP = MARK / 2 + 1;
const MODIFIERS = ['Control', 'Shift', 'Alt', 'Meta', 'CapsLock'];

export class TrackGhost {
  /** Read field by field (getters): each derived value depends only on what it reads, not on the shift of every frame. */
  #inputs: GhostInputs;
  constructor(inputs: GhostInputs) {
    this.#inputs = inputs;
  }

  readonly on = $derived.by(() => {
    const { held, layout } = this.#inputs;
    return held && (layout.level === 'marks' || layout.level === 'mixed');
  });
  /** Read by every box; the shift itself only by these, so a frame re-runs nothing for the others. */
  readonly moving: ReadonlySet<string> = $derived.by(() => {
    const { focusedId, openId } = this.#inputs;
    return new Set(this.on ? [focusedId, openId].filter((id) => id !== null) : []);
  });
  readonly marks: GhostMark[] = $derived.by(() => {
    const { layout, byId, top } = this.#inputs;
    return this.on ? ghostMarksOf(layout, byId, this.moving, top, MARK_DROP) : [];
  });
  readonly paths = $derived.by(() => {
    const { shift } = this.#inputs;
    return this.on && shift ? ghostPaths(this.marks, shift) : [];
  });

  /** A key that may act on the track ends the hold: Tab (focus may come in) or any key in it; not a modifier. */
  endsHold(event: KeyboardEvent, frame: Element | undefined): boolean {
    if (!this.on || event.repeat || MODIFIERS.includes(event.key)) return false;
    return event.key === 'Tab' || (frame?.contains(event.target as Node) ?? false);
  }

  /** The milestone whose drawn mark a pointer click on the frame hits, if any. */
  hit(event: MouseEvent): Milestone | null {
    const { shift, byId } = this.#inputs;
    if (!this.on || !shift || (event.target as Element).closest('button')) return null;
    const r = (event.currentTarget as HTMLElement).getBoundingClientRect();
    // The marks are placed in the frame's padding box, inside its 1 px border.
    const found = ghostAt(this.marks, shift, event.clientX - r.left - 1, event.clientY - r.top - 1, MARK);
    return (found && byId.get(found.id)) ?? null;
  }
}
