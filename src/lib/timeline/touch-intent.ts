// What one finger on the timeline means: a mostly vertical move scrolls the page, a mostly horizontal one pans the years.
// d3-zoom cancels every touchmove it hears, which would hold the page still under a vertical swipe; the frame's
// capture listener keeps the moves of a one-finger scroll from reaching it (timeline-zoom.ts). Two fingers always zoom.

export type TouchIntent = 'undecided' | 'scroll' | 'pan';

/** Under this distance (px) a finger has not said where it is going; its moves reach neither d3-zoom nor a decision. */
export const TOUCH_SLOP = 6;

/** The intent of a one-finger move by (dx, dy) px from where it touched down. A tie goes to the page's scroll. */
export function touchIntent(dx: number, dy: number, slop = TOUCH_SLOP): TouchIntent {
  if (Math.hypot(dx, dy) < slop) return 'undecided';
  return Math.abs(dx) > Math.abs(dy) ? 'pan' : 'scroll';
}
