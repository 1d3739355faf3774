// The map's part of the address: selected country, filters, years, zoom, table view and colouring.
// Other parameters (the timeline's) pass through untouched. Malformed values are reported and ignored, never thrown.
import { isKnownCountry } from '../geo/country-codes';
import { MAP_HEIGHT, MAP_WIDTH } from '../geo/projection';
import { MAX_ZOOM, MIN_ZOOM, withinExtent, type Transform } from '../geo/zoom';
import { FILTER_DIMENSIONS, parseYear, type AnyFilters, type FilterDimension, type FilterValue, type ProjectFilters } from '../projects/filter-dimensions';
import type { IgnoredParam } from './port';

export type MapColouring = 'count' | 'region';

export interface MapParams {
  country: string | null;
  filters: ProjectFilters;
  zoom: Transform | null;
  view: 'map' | 'table';
  /** The table view's tab: the countries or the projects. */
  tab: TableTab;
  colouring: MapColouring;
}

export type TableTab = 'countries' | 'projects';

/** The map's own parameters; each filter dimension adds its own (filter-dimensions.ts). */
export const MAP_PARAM_NAMES = ['country', 'year', 'zoom', 'view', 'tab', 'colour'] as const;
/** The dimensions ?year= stands for. */
const YEAR_KEYS: readonly string[] = ['from', 'to'];

export function parseMapParams(search: string, dimensions: readonly FilterDimension[] = FILTER_DIMENSIONS): MapParams & { ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const read = <T>(name: string, accept: (value: string) => T | undefined): T | undefined => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const value = accept(raw.trim());
    if (value === undefined) ignored.push({ name, value: raw });
    return value;
  };

  const country = read('country', (v) => (/^[A-Za-z]{2}$/.test(v) && isKnownCountry(v.toUpperCase()) ? v.toUpperCase() : undefined)) ?? null;
  // ?year=2016 is short for from=2016&to=2016, and wins over them.
  const year = read('year', parseYear);
  const filters: Record<string, FilterValue | null> = {};
  for (const d of dimensions) filters[d.key] = (YEAR_KEYS.includes(d.key) ? year : undefined) ?? read(d.param, d.parse) ?? null;
  if (filters['from'] != null && filters['to'] != null && filters['from'] > filters['to']) {
    ignored.push({ name: 'to', value: String(filters['to']) });
    filters['to'] = null;
  }
  const zoom = read('zoom', parseZoom) ?? null;
  const view = read('view', (v) => (v === 'table' || v === 'map' ? v : undefined)) ?? 'map';
  const tab = read('tab', (v) => (v === 'projects' || v === 'countries' ? v : undefined)) ?? 'countries';
  const colouring = read('colour', (v) => (v === 'region' || v === 'count' ? v : undefined)) ?? 'count';
  return { country, filters: filters as ProjectFilters, zoom, view, tab, colouring, ignored };
}

/** "k/x/y": a zoom level and the translation, as d3-zoom keeps them. */
function parseZoom(v: string): Transform | undefined {
  const parts = v.split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [k, x, y] = parts as [number, number, number];
  if (k < MIN_ZOOM || k > MAX_ZOOM) return undefined;
  return withinExtent({ k, x, y }, MAP_WIDTH, MAP_HEIGHT);
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** The query string with the map's parameters set; others keep their order and values. Returns "" or "?…". */
export function serializeMapParams(search: string, p: MapParams, dimensions: readonly FilterDimension[] = FILTER_DIMENSIONS): string {
  const params = new URLSearchParams(search);
  for (const name of [...MAP_PARAM_NAMES, ...dimensions.map((d) => d.param)]) params.delete(name);
  const f: AnyFilters = p.filters;
  if (p.country) params.set('country', p.country);
  const oneYear = f['from'] != null && f['from'] === f['to'];
  for (const d of dimensions) {
    const value = f[d.key];
    if (value === null || value === undefined || (oneYear && YEAR_KEYS.includes(d.key))) continue;
    params.set(d.param, String(value));
  }
  if (oneYear) params.set('year', String(f['from']));
  if (p.zoom && (p.zoom.k !== 1 || p.zoom.x !== 0 || p.zoom.y !== 0)) {
    params.set('zoom', `${round(p.zoom.k, 3)}/${round(p.zoom.x, 1)}/${round(p.zoom.y, 1)}`);
  }
  if (p.view === 'table') params.set('view', 'table');
  // The tab stays in the address with the table it belongs to.
  if (p.view === 'table' && p.tab === 'projects') params.set('tab', 'projects');
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
