// The marks during a wheel gesture, drawn as a few paths instead of hundreds of moving boxes.
//
// Rule: sliding every box on each frame restyles and repaints them all; here each frame rewrites one path per category
// and certainty, whatever the number of marks. Hazard: the marks drawn are not buttons, so a key or focus must bring
// the boxes back first (TimelineTrack's unghost).
import type { MilestoneCategory } from '../schema/vocab';
import { CATEGORIES, CATEGORY_STYLES, SHAPE_OUTLINES } from './categories';

/** The mark's svg shows its 18-unit viewBox (-1…17) at 16 px (MilestoneMark): one unit is this many px. */
export const MARK_UNIT = 16 / 18;

export interface GhostMark {
  id: string;
  category: MilestoneCategory;
  approximate: boolean;
  /** The mark's centre in the layout the gesture started from, px in the frame. */
  x: number;
  y: number;
}

export interface GhostPath {
  category: MilestoneCategory;
  approximate: boolean;
  /** In mark units: draw it scaled by MARK_UNIT. */
  d: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

interface Group {
  category: MilestoneCategory;
  approximate: boolean;
  /** Each mark's centre x, px, as held. */
  xs: number[];
  /** Each mark's path after its x: its y and the shape's steps, which no frame changes. */
  tails: string[];
}

/** Grouped once per set of marks (a gesture's), so a frame only writes each mark's new x. */
const grouped = new WeakMap<readonly GhostMark[], Group[]>();

function groupsOf(marks: readonly GhostMark[]): Group[] {
  const known = grouped.get(marks);
  if (known) return known;
  const groups = new Map<string, Group>();
  for (const m of marks) {
    const key = `${m.category}/${m.approximate}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { category: m.category, approximate: m.approximate, xs: [], tails: [] }));
    const { start, steps } = SHAPE_OUTLINES[CATEGORY_STYLES[m.category].shape];
    // The shape's box is centred on (8, 8): its start moves with the centre, its steps stay.
    group.xs.push(m.x);
    group.tails.push(` ${round(m.y / MARK_UNIT - 8 + start[1])}${steps}`);
  }
  // In the legend's order, stated before approximate (as the overview's ticks are): a sort by localeCompare would
  // build a collator in the first frame of the page's first gesture.
  const result = CATEGORIES.flatMap((c) => [groups.get(`${c}/false`), groups.get(`${c}/true`)]).filter((g) => g !== undefined);
  grouped.set(marks, result);
  return result;
}

/**
 * The marks at x ↦ k·x + tx (the gesture's shift), one path per category and certainty, in a fixed order so the paths
 * keep their elements from frame to frame. A shape keeps its size: only its place moves, as a box's would.
 */
export function ghostPaths(marks: readonly GhostMark[], shift: { k: number; tx: number }): GhostPath[] {
  return groupsOf(marks).map(({ category, approximate, xs, tails }) => {
    const start = SHAPE_OUTLINES[CATEGORY_STYLES[category].shape].start[0] - 8;
    let d = '';
    for (let i = 0; i < xs.length; i++) d += `M${round((shift.k * xs[i]! + shift.tx) / MARK_UNIT + start)}${tails[i]}`;
    return { category, approximate, d };
  });
}

/** The mark drawn nearest the point, px in the frame, if the point is on its box (MARK px square): a click's target. */
export function ghostAt<T extends GhostMark>(marks: readonly T[], shift: { k: number; tx: number }, x: number, y: number, size: number): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const m of marks) {
    const dx = Math.abs(shift.k * m.x + shift.tx - x);
    const dy = Math.abs(m.y - y);
    if (dx > size / 2 || dy > size / 2) continue;
    const distance = dx + dy;
    if (distance < bestDistance) [best, bestDistance] = [m, distance];
  }
  return best;
}
