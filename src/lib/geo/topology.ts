// The projected world map (scripts/build-geometry.ts), checked at the boundary so nothing past here needs a cast.
import { DatasetError } from '../data/load';

export const WORLD_FORMAT = 'projected-world/1';

export interface ProjectedCountry {
  /** ISO 3166-1 numeric, as world-atlas gives it; absent for Kosovo, N. Cyprus and Somaliland. */
  id?: string;
  /** world-atlas's short name: unique, so it keys the shapes, and it joins Kosovo. */
  name: string;
  /** Polygons of rings of arcs, as a TopoJSON MultiPolygon: each ring lists arcs by index, ~i is arc i walked backwards. */
  arcs: number[][][];
}

/**
 * world-atlas's countries-110m, already projected into the MAP_WIDTH × MAP_HEIGHT frame: a topology in px, so
 * shared borders are stored once, on a grid of `unit` px.
 */
export interface WorldTopology {
  format: typeof WORLD_FORMAT;
  /** Map px per coordinate step. */
  unit: number;
  width: number;
  height: number;
  /** Each arc is flat [x0, y0, dx1, dy1, …] in steps: the first point absolute, each next one relative to the last. */
  arcs: number[][];
  countries: ProjectedCountry[];
}

type Check = (value: unknown) => boolean;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isInteger: Check = (v) => Number.isInteger(v);
const isListOf = (v: unknown, item: Check): v is unknown[] => Array.isArray(v) && v.every(item);

function found(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Checks every field the map reads, so a truncated or hand-edited file fails here with its place, not in the drawing. */
export function parseTopology(file: string, json: unknown): WorldTopology {
  const fail = (where: string, expected: string, value: unknown): never => {
    throw new DatasetError(file, `${file} → ${where}: expected ${expected}, found ${found(value)}. Rebuild it with npm run build:geometry.`);
  };
  if (!isRecord(json) || json['format'] !== WORLD_FORMAT) return fail('format', `"${WORLD_FORMAT}"`, isRecord(json) ? json['format'] : json);
  const { unit, width, height, arcs, countries } = json;
  for (const [name, value] of Object.entries({ unit, width, height })) if (!isNumber(value) || (value as number) <= 0) fail(name, 'a positive number', value);
  if (!Array.isArray(arcs)) return fail('arcs', 'a list', arcs);
  arcs.forEach((arc, i) => {
    if (!isListOf(arc, isInteger) || arc.length < 4 || arc.length % 2 !== 0) fail(`arcs[${i}]`, 'an even list of at least 4 integers', arc);
  });
  if (!Array.isArray(countries)) return fail('countries', 'a list', countries);
  const isArcRef: Check = (v) => isInteger(v) && ((v as number) >= 0 ? (v as number) : ~(v as number)) < arcs.length;
  countries.forEach((c, i) => {
    const at = `countries[${i}]`;
    if (!isRecord(c)) return fail(at, 'an object', c);
    if (c['id'] !== undefined && typeof c['id'] !== 'string') fail(`${at}.id`, 'a string or nothing', c['id']);
    if (typeof c['name'] !== 'string' || c['name'] === '') fail(`${at}.name`, 'a name', c['name']);
    const isRing: Check = (ring) => isListOf(ring, isArcRef) && ring.length > 0;
    if (!isListOf(c['arcs'], (polygon) => isListOf(polygon, isRing))) fail(`${at}.arcs`, `polygons of rings of arc indices below ${arcs.length}`, c['arcs']);
  });
  // Every field is checked above; TypeScript cannot follow checks made in loops.
  return json as unknown as WorldTopology;
}
