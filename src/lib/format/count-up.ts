// The counters' count-up: eased, about a second, ending exactly on the stated figure.
export const COUNT_UP_MS = 1000;

/** Fast at first, gently settling: the last digits do not flicker. */
export function easeOutCubic(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return 1 - Math.pow(1 - clamped, 3);
}

/** The whole number to show `elapsed` ms into the count; `from` lets a year count up from close by, not from 0. */
export function countUpValue(target: number, elapsed: number, duration = COUNT_UP_MS, from = 0): number {
  if (duration <= 0 || elapsed >= duration) return target;
  return Math.round(from + (target - from) * easeOutCubic(elapsed / duration));
}
