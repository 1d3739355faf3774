// The timeline's view as a window of years, and its d3-zoom transform. d3-zoom applies transforms; these only compute.
import { zoomIdentity, type ZoomTransform } from 'd3';
import { MIN_VIEW_YEARS, SPAN, SPAN_YEARS, type TimeScale } from './extent';

/** The years in view: [from, to) in decimal years. */
export type Domain = readonly [number, number];

export const FULL_VIEW: Domain = SPAN;
/** d3-zoom's scaleExtent: k = 1 shows the whole span, the largest k shows MIN_VIEW_YEARS. */
export const SCALE_EXTENT: [number, number] = [1, SPAN_YEARS / MIN_VIEW_YEARS];

/** Keeps a view inside the span and between one year and the whole span wide, keeping its centre where possible. */
export function clampDomain([a, b]: Domain): Domain {
  const width = Math.min(SPAN_YEARS, Math.max(MIN_VIEW_YEARS, Number.isFinite(b - a) ? Math.abs(b - a) : SPAN_YEARS));
  const centre = Number.isFinite(a + b) ? (a + b) / 2 : (SPAN[0] + SPAN[1]) / 2;
  const from = Math.min(SPAN[1] - width, Math.max(SPAN[0], centre - width / 2));
  return [from, from + width];
}

/** Zooms by `factor` (> 1 zooms in) about a year that stays where it is on screen. */
export function zoomDomain([a, b]: Domain, factor: number, about = (a + b) / 2): Domain {
  const width = Math.min(SPAN_YEARS, Math.max(MIN_VIEW_YEARS, (b - a) / factor));
  const share = b === a ? 0.5 : (about - a) / (b - a);
  const from = about - share * width;
  return clampWindow([from, from + width]);
}

/** Moves a window of fixed width back inside the span (unlike clampDomain, never re-centres within it). */
function clampWindow([a, b]: Domain): Domain {
  const width = Math.min(SPAN_YEARS, Math.max(MIN_VIEW_YEARS, b - a));
  const from = Math.min(SPAN[1] - width, Math.max(SPAN[0], a));
  return [from, from + width];
}

/**
 * The smallest pan that brings year `t` inside the view with `margin` (a share of the view's width) on each side;
 * the view does not move if it is already there. Keeps the focused milestone in view while stepping with the keyboard.
 */
export function panToInclude([a, b]: Domain, t: number, margin = 0.1): Domain {
  const width = b - a;
  const lo = a + margin * width;
  const hi = b - margin * width;
  if (t >= lo && t <= hi) return [a, b];
  const shift = t < lo ? t - lo : t - hi;
  return clampWindow([a + shift, b + shift]);
}

/** The view moved by `dt` years, stopping at the ends of the span. */
export function shiftDomain([a, b]: Domain, dt: number): Domain {
  return clampWindow([a + dt, b + dt]);
}

/** One edge of the view dragged to year `t`; the other stays, and the view stays at least a year wide. */
export function resizeDomain([a, b]: Domain, edge: 'start' | 'end', t: number): Domain {
  if (edge === 'start') {
    const from = Math.max(SPAN[0], Math.min(t, b - MIN_VIEW_YEARS));
    return [from, b];
  }
  const to = Math.min(SPAN[1], Math.max(t, a + MIN_VIEW_YEARS));
  return [a, to];
}

/** A view `width` years wide centred on `t`. */
export function centreOn(t: number, width: number): Domain {
  return clampDomain([t - width / 2, t + width / 2]);
}

/** The d3-zoom transform that makes `base.rescaleX` show `domain`. The inverse of domainOf. */
export function transformFor(domain: Domain, base: TimeScale): ZoomTransform {
  const [r0] = base.range() as [number, number];
  const k = SPAN_YEARS / (domain[1] - domain[0]);
  return zoomIdentity.translate(r0 - k * base(domain[0]), 0).scale(k);
}

/** The years a transform shows: zoom makes a new scale with rescaleX; the base scale never changes. */
export function domainOf(transform: ZoomTransform, base: TimeScale): Domain {
  const [a, b] = transform.rescaleX(base).domain() as [number, number];
  return [a, b];
}

/** Two views are the same to well under a pixel: avoids echoing d3's own transform back to it. */
export function sameDomain(p: Domain, q: Domain, epsilon = 1e-6): boolean {
  return Math.abs(p[0] - q[0]) < epsilon && Math.abs(p[1] - q[1]) < epsilon;
}
