// The map's state: filters, the open country, the hovered country, the zoom and the zoom asked for, the view.
// Components change it only through its methods; the address follows it (pushState on deliberate choices,
// replaceState while zooming), and Back/Forward come back through readUrl (Shell.svelte's one popstate listener).
import { createContext } from 'svelte';
import { IDENTITY, type Transform } from '../lib/geo/zoom';
import { FILTER_DIMENSIONS, noFilters, type FilterDimension, type FilterValue, type ProjectFilters } from '../lib/projects/filter-dimensions';
import { keepYearsInOrder } from '../lib/projects/year-bounds';
import { deliberatePart, parseMapParams, serializeMapParams, type MapColouring, type MapParams, type TableTab } from '../lib/url/map-params';
import { browserUrl, type IgnoredParam, type UrlPort } from '../lib/url/port';

export interface Hover {
  code: string;
  /** Pointer or focus position in px inside the map frame. */
  x: number;
  y: number;
}

/**
 * A zoom the map should carry out (MapPanel.svelte hands it to the zoom): to a transform (the address), a region's
 * bounds (the whole world for null) or some countries. A new object per request, so the same one asked twice is two.
 */
export type ZoomRequest = ({ to: Transform } | { region: string | null } | { countries: string[]; maxK?: number }) & { animate: boolean };

/** Zooming writes the address only once it settles: browsers throttle (and warn about) rapid history calls. */
const ZOOM_WRITE_DELAY = 300;
/**
 * Filter changes less than this apart are one choice: the first pushes a history entry, the rest replace it, so Back
 * undoes a burst (a held arrow key in a select) in one step and Chromium's 50-entry cap is not flooded.
 */
const FILTER_PAUSE = 1000;

export class MapState {
  filters: ProjectFilters = $state({ ...(noFilters(FILTER_DIMENSIONS) as ProjectFilters) });
  /** The country whose details panel is open. */
  selected: string | null = $state(null);
  hovered: Hover | null = $state(null);
  transform: Transform = $state.raw(IDENTITY);
  view: 'map' | 'table' = $state('map');
  tab: TableTab = $state('countries');
  colouring: MapColouring = $state('count');
  /** Address parameters that could not be read. */
  ignored: IgnoredParam[] = $state([]);
  /** The latest zoom asked for; the map carries it out when it is drawn. */
  zoomRequest: ZoomRequest | null = $state.raw(null);

  #url: UrlPort;
  #zoomTimer: ReturnType<typeof setTimeout> | undefined;
  #zoomedAt = 0;
  /** When the last filter change was written; -Infinity once another choice or Back/Forward intervened. */
  #filteredAt = -Infinity;
  #read = false;

  /** The filter dimensions (filter-dimensions.ts); tests add rows. */
  readonly dimensions: readonly FilterDimension[];

  constructor(url: UrlPort = browserUrl, dimensions: readonly FilterDimension[] = FILTER_DIMENSIONS) {
    this.#url = url;
    this.dimensions = dimensions;
    this.readUrl();
  }

  /** On load and on Back/Forward. */
  readUrl() {
    // A zoom not yet written belongs to the entry being left, not to the one Back or Forward came to.
    clearTimeout(this.#zoomTimer);
    this.#zoomTimer = undefined;
    this.#filteredAt = -Infinity;
    const p = parseMapParams(this.#url.search(), this.dimensions);
    this.filters = p.filters;
    this.selected = p.country;
    this.view = p.view;
    this.tab = p.tab;
    this.colouring = p.colouring;
    this.ignored = p.ignored;
    // On load, only a zoom the address names; on Back/Forward, also the way back to the whole world.
    if (p.zoom || this.#read) this.zoomRequest = { to: p.zoom ?? IDENTITY, animate: false };
    this.#read = true;
  }

  /** Drops what the address asked for but the data do not have (an unknown region or donor), and says so. */
  dropUnknown(dimensions: readonly FilterDimension[]) {
    if (dimensions.length === 0) return;
    const filters: Record<string, unknown> = { ...this.filters };
    for (const d of dimensions) filters[d.key] = null;
    this.ignored = [...this.ignored, ...dimensions.map((d) => ({ name: d.param, value: String(this.filters[d.key as keyof ProjectFilters]) }))];
    this.filters = filters as ProjectFilters;
    this.#write('replace');
  }

  params(): MapParams {
    return { country: this.selected, filters: this.filters, zoom: this.transform, view: this.view, tab: this.tab, colouring: this.colouring };
  }

  /** `replace` for steps that are not choices of their own (the year player's ticks). */
  /** `key` is a row's of the dimensions table (filter-dimensions.ts), which the filters' type follows. */
  setFilter(key: string, value: FilterValue | null, mode: 'push' | 'replace' = 'push') {
    this.filters = keepYearsInOrder({ ...this.filters, [key]: value }, key);
    this.#writeFilters(mode);
  }

  setFilters(filters: Partial<ProjectFilters>, mode: 'push' | 'replace' = 'push') {
    this.filters = keepYearsInOrder({ ...this.filters, ...filters }, 'from');
    this.#writeFilters(mode);
  }

  /** A region chosen anywhere (filters, figures): filter to it and show it. */
  chooseRegion(id: string | null) {
    if (this.filters.region !== id) this.setFilter('region', id);
    this.requestZoom({ region: id, animate: true });
  }

  resetFilters() {
    this.filters = noFilters(this.dimensions) as ProjectFilters;
    this.#writeFilters('push');
  }

  requestZoom(request: ZoomRequest) {
    this.zoomRequest = request;
  }

  /** The pointer or the focus is on a country; null when it left. */
  hover(hovered: Hover | null) {
    if (hovered !== this.hovered) this.hovered = hovered;
  }

  open(code: string) {
    this.selected = code;
    this.#write('push');
  }

  close() {
    this.selected = null;
    this.#write('push');
  }

  setView(view: 'map' | 'table') {
    this.view = view;
    this.#write('push');
  }

  setTab(tab: TableTab) {
    this.tab = tab;
    this.#write('push');
  }

  setColouring(colouring: MapColouring) {
    this.colouring = colouring;
    this.#write('push');
  }

  /**
   * The address follows the zoom once it has rested ZOOM_WRITE_DELAY ms. At most one timer per ZOOM_WRITE_DELAY, not
   * one per frame: a gesture's frames only note the time (a timer cleared and set again in each frame cost ~0.5 ms of
   * it at 4× CPU).
   */
  setTransform(t: Transform) {
    this.transform = t;
    this.#zoomedAt = performance.now();
    if (this.#zoomTimer === undefined) this.#writeZoomIn(ZOOM_WRITE_DELAY);
  }

  #writeZoomIn(delay: number) {
    this.#zoomTimer = setTimeout(() => {
      const rested = performance.now() - this.#zoomedAt;
      if (rested < ZOOM_WRITE_DELAY) return this.#writeZoomIn(ZOOM_WRITE_DELAY - rested);
      this.#zoomTimer = undefined;
      this.#write('replace');
    }, delay);
  }

  #writeFilters(mode: 'push' | 'replace') {
    if (mode === 'replace') return this.#write(mode);
    const now = Date.now();
    this.#write(now - this.#filteredAt < FILTER_PAUSE ? 'replace' : 'push');
    this.#filteredAt = now;
  }

  #write(mode: 'push' | 'replace') {
    const current = this.#url.search();
    const next = serializeMapParams(current, this.params(), this.dimensions);
    if (next === current) return;
    if (mode === 'push' && deliberatePart(next) !== deliberatePart(current)) {
      this.#url.push(next);
      this.#filteredAt = -Infinity;
    } else this.#url.replace(next);
  }
}

export const [getMapState, setMapState] = createContext<MapState>();
