// The map's part of the address: selected country, filters, years, zoom, table view and colouring.
// Other parameters (the timeline's) pass through untouched. Malformed values are reported and ignored, never thrown.
import { isKnownCountry } from '../geo/country-codes';
import { MAX_ZOOM, MIN_ZOOM, type Transform } from '../geo/zoom';
import { NO_FILTERS, type ProjectFilters } from '../projects/filter';
import { FIRST_YEAR, LAST_YEAR, PROJECT_KINDS, THEMES, type ProjectKind, type Theme } from '../schema/vocab';
import type { IgnoredParam } from './port';

export type MapColouring = 'count' | 'region';

export interface MapParams {
  country: string | null;
  filters: ProjectFilters;
  zoom: Transform | null;
  view: 'map' | 'table';
  colouring: MapColouring;
}

export const MAP_PARAM_NAMES = ['country', 'region', 'theme', 'kind', 'donor', 'from', 'to', 'year', 'zoom', 'view', 'colour'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Donor names are free text from the data; anything longer is not one of them. */
const MAX_TEXT = 120;

export function parseMapParams(search: string): MapParams & { ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const filters: ProjectFilters = { ...NO_FILTERS };
  const read = <T>(name: string, accept: (value: string) => T | undefined): T | undefined => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const value = accept(raw.trim());
    if (value === undefined) ignored.push({ name, value: raw });
    return value;
  };

  const country = read('country', (v) => (/^[A-Za-z]{2}$/.test(v) && isKnownCountry(v.toUpperCase()) ? v.toUpperCase() : undefined)) ?? null;
  filters.region = read('region', (v) => (ID.test(v) && v.length <= 80 ? v : undefined)) ?? null;
  filters.theme = read('theme', (v) => ((THEMES as readonly string[]).includes(v) ? (v as Theme) : undefined)) ?? null;
  filters.kind = read('kind', (v) => ((PROJECT_KINDS as readonly string[]).includes(v) ? (v as ProjectKind) : undefined)) ?? null;
  filters.donor = read('donor', (v) => (v !== '' && v.length <= MAX_TEXT ? v : undefined)) ?? null;
  const year = read('year', parseYear);
  filters.from = year ?? read('from', parseYear) ?? null;
  filters.to = year ?? read('to', parseYear) ?? null;
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    ignored.push({ name: 'to', value: String(filters.to) });
    filters.to = null;
  }
  const zoom = read('zoom', parseZoom) ?? null;
  const view = read('view', (v) => (v === 'table' || v === 'map' ? v : undefined)) ?? 'map';
  const colouring = read('colour', (v) => (v === 'region' || v === 'count' ? v : undefined)) ?? 'count';
  return { country, filters, zoom, view, colouring, ignored };
}

function parseYear(v: string): number | undefined {
  const n = Number(v);
  return /^\d{4}$/.test(v) && n >= FIRST_YEAR && n <= LAST_YEAR ? n : undefined;
}

/** "k/x/y": a zoom level and the translation, as d3-zoom keeps them. */
function parseZoom(v: string): Transform | undefined {
  const parts = v.split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [k, x, y] = parts as [number, number, number];
  if (k < MIN_ZOOM || k > MAX_ZOOM || Math.abs(x) > 1e5 || Math.abs(y) > 1e5) return undefined;
  return { k, x, y };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** The query string with the map's parameters set; others keep their order and values. Returns "" or "?…". */
export function serializeMapParams(search: string, p: MapParams): string {
  const params = new URLSearchParams(search);
  for (const name of MAP_PARAM_NAMES) params.delete(name);
  const { filters: f } = p;
  if (p.country) params.set('country', p.country);
  if (f.region) params.set('region', f.region);
  if (f.theme) params.set('theme', f.theme);
  if (f.kind) params.set('kind', f.kind);
  if (f.donor) params.set('donor', f.donor);
  if (f.from !== null && f.from === f.to) params.set('year', String(f.from));
  else {
    if (f.from !== null) params.set('from', String(f.from));
    if (f.to !== null) params.set('to', String(f.to));
  }
  if (p.zoom && (p.zoom.k !== 1 || p.zoom.x !== 0 || p.zoom.y !== 0)) {
    params.set('zoom', `${round(p.zoom.k, 3)}/${round(p.zoom.x, 1)}/${round(p.zoom.y, 1)}`);
  }
  if (p.view === 'table') params.set('view', 'table');
  if (p.colouring === 'region') params.set('colour', 'region');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Everything but the zoom: a change here is a deliberate choice worth a Back step. */
export function deliberatePart(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('zoom');
  params.sort();
  return params.toString();
}
