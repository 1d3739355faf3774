// The timeline's view as a d3-zoom transform. d3-zoom applies transforms; these only compute.
import { zoomIdentity, type ZoomTransform } from 'd3';
import { MIN_VIEW_YEARS, SPAN_YEARS } from './extent';
import type { TimeScale } from './scale';
import type { Domain } from './view';

/** d3-zoom's scaleExtent: k = 1 shows the whole span, the largest k shows MIN_VIEW_YEARS. */
export const SCALE_EXTENT: [number, number] = [1, SPAN_YEARS / MIN_VIEW_YEARS];

/** The d3-zoom transform that makes `base.rescaleX` show `domain`. The inverse of domainOf. */
export function transformFor(domain: Domain, base: TimeScale): ZoomTransform {
  const [r0] = base.range() as [number, number];
  const k = SPAN_YEARS / (domain[1] - domain[0]);
  return zoomIdentity.translate(r0 - k * base(domain[0]), 0).scale(k);
}

/**
 * Where a point drawn for the view `held` goes in `view`: x ↦ k·x + tx. Both views are linear maps of the same pixel
 * range, so a gesture can move the boxes laid out for where it started without laying them out again.
 */
export function heldShift(held: Domain, view: Domain, range: [number, number]): { k: number; tx: number } {
  const [r0, r1] = range;
  const k = (held[1] - held[0]) / (view[1] - view[0]);
  return { k, tx: r0 - k * r0 + ((held[0] - view[0]) / (view[1] - view[0])) * (r1 - r0) };
}

/**
 * The years a transform shows: what `transform.rescaleX(base).domain()` gives, without building that scale (this runs
 * for every wheel and drag event). The base scale never changes.
 */
export function domainOf(transform: ZoomTransform, base: TimeScale): Domain {
  const [r0, r1] = base.range() as [number, number];
  return [base.invert(transform.invertX(r0)), base.invert(transform.invertX(r1))];
}
