// Year ticks for the axis: as many as fit without their labels touching.
import type { Domain } from './view';

export interface YearTick {
  year: number;
  /** Where the year begins, px. */
  x: number;
  /** Where its label goes: the middle of the year, px, under that year's marks. */
  labelX: number;
}

const STEPS = [1, 2, 5, 10];

/** Years from the view, every `step` years, where step is the smallest that keeps labels `minSpacing` px apart. */
export function yearTicks([a, b]: Domain, width: number, minSpacing = 56): { step: number; ticks: YearTick[] } {
  const pxPerYear = width / (b - a);
  const step = STEPS.find((s) => s * pxPerYear >= minSpacing) ?? STEPS.at(-1)!;
  const ticks: YearTick[] = [];
  for (let year = Math.ceil((a - 0.5) / step) * step; year + 0.5 <= b; year += step) {
    if (year + 0.5 < a) continue;
    ticks.push({ year, x: (year - a) * pxPerYear, labelX: (year + 0.5 - a) * pxPerYear });
  }
  return { step, ticks };
}

/**
 * A year's tick placed by `x` (years to px), made once per year: for as long as the placer is kept, the same year gives
 * the same object. The track keeps one per layout, so a frame of a gesture hands Svelte ticks it already has and
 * makes no element again for them; `x` is the scale of the view laid out, which the gesture's shift then moves.
 */
export function tickPlacer(x: (time: number) => number): (year: number) => YearTick {
  const made = new Map<number, YearTick>();
  return (year) => {
    let tick = made.get(year);
    if (!tick) made.set(year, (tick = { year, x: x(year), labelX: x(year + 0.5) }));
    return tick;
  };
}
