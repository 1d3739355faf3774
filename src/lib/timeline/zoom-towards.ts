// Where the "+" button zooms when no milestone has the focus: towards the milestones, not the view's centre, which at
// the whole span (2012–2013) holds none. Zooming out shows more around the same centre, which hides nothing.
import { zoomDomain, type Domain } from './view';

/** A window starting or ending at a milestone keeps it this share of the width inside, not on the edge. */
const MARGIN = 0.05;

/**
 * The view `factor` times narrower, inside `view`, that holds the most of `times` (decimal years); of equals, the one
 * nearest the view's centre. With no milestone in view, or when zooming out: zoomDomain about the centre.
 */
export function zoomTowards(view: Domain, factor: number, times: readonly number[]): Domain {
  const centred = zoomDomain(view, factor);
  const [a, b] = view;
  const inView = times.filter((t) => t >= a && t <= b);
  if (factor <= 1 || inView.length === 0) return centred;
  const width = centred[1] - centred[0];
  const count = ([from, to]: Domain) => inView.filter((t) => t >= from && t <= to).length;
  const offCentre = ([from, to]: Domain) => Math.abs((from + to) / 2 - (a + b) / 2);
  let best = centred;
  let most = count(centred);
  for (const t of inView) {
    for (const start of [t - MARGIN * width, t - (1 - MARGIN) * width]) {
      const from = Math.max(a, Math.min(b - width, start));
      const window: Domain = [from, from + width];
      const n = count(window);
      if (n > most || (n === most && offCentre(window) < offCentre(best) - 1e-9)) [best, most] = [window, n];
    }
  }
  return best;
}
