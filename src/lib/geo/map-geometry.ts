// Everything the map draws that depends only on the geometry file, computed once per load.
// Hover, filters and zoom never recompute it. The file is projected at build time, so this only decodes.
import { codeOfCountry, smallStateCentroid } from './countries';
import { createProjection, unionBounds, type Bounds, type MapProjection } from './projection';
import type { WorldTopology } from './topology';

export interface ShapeGeometry {
  /** Stable key for {#each}: world-atlas ids repeat (Australia and Ashmore share 036), names do not. */
  key: string;
  code: string | undefined;
  d: string;
  /** Projected area in px² at zoom 1. */
  area: number;
  centroid: [number, number];
  bounds: Bounds | undefined;
}

export interface MapGeometry {
  shapes: ShapeGeometry[];
  /** The shape of each coded country (the largest, where a code has several features). */
  byCode: Map<string, ShapeGeometry>;
  /** Where to draw a marker for a country that is missing from the map or too small to see, click or tap. */
  markerAt(code: string): [number, number] | undefined;
  boundsOf(codes: Iterable<string>): Bounds | undefined;
}

/** Below this area (px² at zoom 1, ≈ a 4×4 px square) a country gets a marker as well as its shape. */
export const MARKER_AREA = 16;

/** A country as the map draws it: what the page's prerendered map holds, and what a topology decodes to. */
export interface DrawnCountry {
  key: string;
  code: string | undefined;
  /** Path data: per ring, M to the first point, then l by relative steps, then z. */
  d: string;
}

/** Each arc as flat absolute [x0, y0, x1, y1, …] in grid steps. */
function decodeArcs({ arcs }: WorldTopology): number[][] {
  return arcs.map((arc) => {
    const out = new Array<number>(arc.length);
    let x = 0;
    let y = 0;
    for (let i = 0; i < arc.length; i += 2) {
      out[i] = x += arc[i]!;
      out[i + 1] = y += arc[i + 1]!;
    }
    return out;
  });
}

/** A ring's points as flat [x0, y0, x1, y1, …], without the closing repeat of the first. */
function ringPoints(ring: number[], arcs: number[][]): number[] {
  const out: number[] = [];
  ring.forEach((ref, i) => {
    const arc = arcs[ref < 0 ? ~ref : ref]!;
    const n = arc.length / 2;
    // Consecutive arcs share the point where they meet.
    for (let j = i === 0 ? 0 : 1; j < n; j++) {
      const k = ref < 0 ? n - 1 - j : j;
      out.push(arc[2 * k]!, arc[2 * k + 1]!);
    }
  });
  out.length -= 2;
  return out;
}

/**
 * Relative steps on the topology's grid: about a third shorter than absolute coordinates after gzip (28 against
 * 43 KB for the world), which matters because the page carries the map's path data (src/prerender/).
 * The points stay integers in grid steps until here, so no rounding error builds up along a ring.
 * Numbers are written as short as path data allows ("-.6", and ".8.6" for two numbers), as the page carries them;
 * readers of this path data must accept that form (pathRings below does).
 */
function pathOf(polygons: number[][][], arcs: number[][], unit: number): string {
  // As many decimals as the unit has (0.25 needs two), so every step is written exactly.
  const digits = (String(unit).split('.')[1] ?? '').length;
  const num = (steps: number) => String(+(steps * unit).toFixed(digits)).replace(/^(-?)0\./, '$1.');
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const p = ringPoints(ring, arcs);
      d += `M${num(p[0]!)},${num(p[1]!)}l`;
      let previous = '';
      for (let i = 2; i < p.length; i += 2) {
        for (const v of [num(p[i]! - p[i - 2]!), num(p[i + 1]! - p[i - 1]!)]) {
          // A minus sign starts a number by itself, and so does a point after a number that already has one.
          const joined = previous === '' || v.startsWith('-') || (v.startsWith('.') && previous.includes('.'));
          d += joined ? v : ` ${v}`;
          previous = v;
        }
      }
      d += 'z';
    }
  }
  return d;
}

export function countriesFromTopology(topology: WorldTopology): DrawnCountry[] {
  const arcs = decodeArcs(topology);
  return topology.countries.map((c) => ({ key: c.name, code: codeOfCountry(c), d: pathOf(c.arcs, arcs, topology.unit) }));
}

const [DOT, MINUS, PLUS, ZERO, NINE, E_LOWER, E_UPPER] = ['.', '-', '+', '0', '9', 'e', 'E'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number, number];
const COMMANDS = 'MmLlZz';

/**
 * Each ring of path data (M, m, L, l, Z, z, with repeated coordinate pairs) as flat absolute [x0, y0, x1, y1, …].
 * A hand-written scanner: a regular expression over the world's 28 KB of path data took ~50 ms of main thread at
 * 4× CPU, on the way to the first interactive map. Throws on what the map never writes (curves, H, V, an odd number
 * of coordinates), rather than drawing a wrong outline.
 */
export function pathRings(d: string): number[][] {
  const rings: number[][] = [];
  let ring: number[] = [];
  let command = 'M';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let pending = 0;
  let hasPending = false;
  let i = 0;
  const n = d.length;
  // Plain assignments and numbers read in place: this runs once, on the way to the first interactive map, before the
  // engine has optimised it, where a substring and a small array per number cost ~50 ms at 4× CPU.
  while (i < n) {
    const c = d.charCodeAt(i);
    const isNumberStart = (c >= ZERO && c <= NINE) || c === DOT || c === MINUS;
    if (!isNumberStart) {
      i++;
      // Anything but a letter separates numbers: spaces, commas, line breaks.
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
      command = d[i - 1]!;
      if (!COMMANDS.includes(command)) throw new Error(`path data: "${command}" is not a command the map draws with (M, L, Z)`);
      if (hasPending) throw new Error(`path data: an odd number of coordinates before "${command}"`);
      if (command === 'Z' || command === 'z') {
        if (ring.length) rings.push(ring);
        ring = [];
        x = startX;
        y = startY;
      }
      continue;
    }
    // One number: sign, digits, at most one dot (".5.5" is two numbers); with an exponent, left to Number().
    const negative = c === MINUS;
    let j = negative ? i + 1 : i;
    let whole = 0;
    let decimals = -1;
    let exponent = false;
    let digits = 0;
    while (j < n) {
      const k = d.charCodeAt(j);
      if (k >= ZERO && k <= NINE) {
        whole = whole * 10 + (k - ZERO);
        digits++;
        if (decimals >= 0) decimals++;
        j++;
      } else if (k === DOT && decimals < 0) {
        decimals = 0;
        j++;
      } else if ((k === E_LOWER || k === E_UPPER) && j + 1 < n) {
        exponent = true;
        j += d.charCodeAt(j + 1) === MINUS || d.charCodeAt(j + 1) === PLUS ? 2 : 1;
        while (j < n && d.charCodeAt(j) >= ZERO && d.charCodeAt(j) <= NINE) j++;
        break;
      } else break;
    }
    if (digits === 0) throw new Error(`path data: "${d.slice(i, j + 1)}" is not a number`);
    // whole / 10^decimals of two exact doubles is the correctly rounded value, as Number() would read it.
    let value = exponent ? Number(d.slice(i, j)) : decimals > 0 ? whole / 10 ** decimals : whole;
    if (negative && !exponent) value = -value;
    i = j;
    if (!hasPending) {
      pending = value;
      hasPending = true;
      continue;
    }
    hasPending = false;
    if (command === 'm' || command === 'l') {
      x += pending;
      y += value;
    } else {
      x = pending;
      y = value;
    }
    if (command === 'M' || command === 'm') {
      if (ring.length) rings.push(ring);
      ring = [];
      startX = x;
      startY = y;
      // Pairs after a moveto are linetos of the same kind.
      command = command === 'M' ? 'L' : 'l';
    }
    ring.push(x, y);
  }
  if (hasPending) throw new Error('path data: an odd number of coordinates at the end');
  if (ring.length) rings.push(ring);
  return rings;
}

interface Measured {
  area: number;
  centroid: [number, number];
  bounds: Bounds | undefined;
}

/**
 * The planar area, centroid and bounds geoPath measures on the same rings. Bounds are the largest ring's only:
 * France's or Norway's overseas islands would otherwise make a region preset zoom out to half the world.
 */
function measure(d: string): Measured {
  // Shoelace sums over every ring: holes wind the other way and subtract, as in geoPath.area and geoPath.centroid.
  let [a2, cx, cy] = [0, 0, 0];
  let bounds: Bounds | undefined;
  let largest = -1;
  for (const p of pathRings(d)) {
    let ringA2 = 0;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < p.length; i += 2) {
      const x = p[i]!;
      const y = p[i + 1]!;
      const next = i + 2 < p.length ? i + 2 : 0;
      const z = x * p[next + 1]! - p[next]! * y;
      ringA2 += z;
      cx += (x + p[next]!) * z;
      cy += (y + p[next + 1]!) * z;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    a2 += ringA2;
    if (Math.abs(ringA2) > largest) {
      largest = Math.abs(ringA2);
      bounds = [[x0, y0], [x1, y1]];
    }
  }
  const centroid: [number, number] = a2 === 0 ? [NaN, NaN] : [cx / (3 * a2), cy / (3 * a2)];
  return { area: Math.abs(a2) / 2, centroid, bounds };
}

/**
 * A country's outline, measured the first time its area, centroid or bounds are read. At start-up only the
 * countries with projects are (~15% of the world's path data): measuring all 177 outlines took ~60 ms of main
 * thread at 4× CPU, in the task before the live map takes over the page.
 */
class Outline implements ShapeGeometry {
  #measured: Measured | undefined;

  constructor(
    readonly key: string,
    readonly code: string | undefined,
    readonly d: string,
  ) {}

  get area(): number {
    return this.#measure().area;
  }

  get centroid(): [number, number] {
    return this.#measure().centroid;
  }

  get bounds(): Bounds | undefined {
    return this.#measure().bounds;
  }

  #measure(): Measured {
    if (this.#measured) return this.#measured;
    try {
      this.#measured = measure(this.d);
    } catch (error) {
      // Path data of the map's form but not readable (a page damaged after the build: isMapPathData checks only the
      // form): the browser may still draw it, but the map places no marker and no zoom by it.
      console.error(`Map outline "${this.key}":`, error);
      this.#measured = { area: NaN, centroid: [NaN, NaN], bounds: undefined };
    }
    return this.#measured;
  }
}

/** The shapes of the map's countries, each measured when first asked (see Outline). */
export function measureCountries(countries: DrawnCountry[]): ShapeGeometry[] {
  return countries.map((c) => new Outline(c.key, c.code, c.d));
}

/**
 * Whether path data has the map's own form (per ring: M x,y, l and relative steps, z; none for a country too small to
 * keep a ring), checked before a page's outlines are trusted: a page rewritten after the build (curves, absolute or
 * h/v steps) fails, and the geometry file is used instead. Linear: the letters that end each part are not in the
 * classes before them, so a long outline that fails is read once, not backtracked through. Only the form: a ring with
 * an odd number of coordinates passes, and is left unmeasured (Outline).
 */
export function isMapPathData(d: string): boolean {
  return /^(?:M[-\d.,]+l[-\d. ]*z)*$/.test(d);
}

/** `projection` places the small states the atlas does not draw (the app's own Equal Earth unless a test passes another). */
export function buildMapGeometry(shapes: ShapeGeometry[], projection: MapProjection = createProjection()): MapGeometry {
  const byCode = new Map<string, ShapeGeometry>();
  for (const s of shapes) {
    if (s.code === undefined) continue;
    const seen = byCode.get(s.code);
    // An unmeasurable outline (NaN area) never wins over one that was measured.
    if (!seen || s.area > seen.area || (Number.isNaN(seen.area) && !Number.isNaN(s.area))) byCode.set(s.code, s);
  }

  function markerAt(code: string): [number, number] | undefined {
    const shape = byCode.get(code);
    if (shape) return shape.area < MARKER_AREA && Number.isFinite(shape.centroid[0]) ? shape.centroid : undefined;
    const lonLat = smallStateCentroid(code);
    return lonLat ? projection(lonLat) : undefined;
  }

  function boundsOf(codes: Iterable<string>): Bounds | undefined {
    const list: Bounds[] = [];
    for (const code of codes) {
      const shape = byCode.get(code);
      if (shape?.bounds) list.push(shape.bounds);
      else {
        const m = markerAt(code);
        if (m) list.push([m, m]);
      }
    }
    return unionBounds(list);
  }

  return { shapes, byCode, markerAt, boundsOf };
}
