// The timeline's base scale: years to pixels. Apart from extent.ts so that the page's first code, which needs the
// span and the order of milestones, does not carry d3-scale (and d3-format, which it pulls in) for a view that loads later.
import { scaleLinear, type ScaleLinear } from 'd3';
import { SPAN } from './extent';

export type TimeScale = ScaleLinear<number, number>;

/** The base scale: the whole span across [left, right] px. Zooming never changes it; it makes rescaled copies. */
export function baseScale(left: number, right: number): TimeScale {
  return scaleLinear().domain(SPAN).range([left, Math.max(left + 1, right)]);
}
