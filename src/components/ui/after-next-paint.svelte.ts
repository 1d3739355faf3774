import { untrack } from 'svelte';

/**
 * A value that follows `read()` one frame late: it changes in the frame after the one that shows the change.
 *
 * Rule: a view the user did not act on takes the change after the frame that answers the user, so a click is answered
 * by one view's work, not every view's: opening a country shows its panel first, and the timeline below the map
 * narrows to the country in the next frame (docs/performance.md, issue 22).
 *
 * Hazard: for one frame the two views disagree. Code that needs both at once (a test, an export) waits a frame; in a
 * hidden tab, where frames stop, the follower waits until the page is shown.
 * `same` decides what is a change: a getter that builds a new object each time must compare by its key, or every
 * read is a change and the follower redraws for nothing.
 */
export function afterNextPaint<T>(read: () => T, same: (a: T, b: T) => boolean = Object.is): { readonly current: T } {
  let current = $state.raw(untrack(read));
  $effect(() => {
    const next = read();
    if (untrack(() => same(current, next))) return;
    // Set in the next frame's callbacks, so it is drawn in that frame: the frame that answers the user comes first.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => (current = next));
    });
    return () => cancelAnimationFrame(frame);
  });
  return {
    get current() {
      return current;
    },
  };
}
