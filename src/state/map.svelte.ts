// The map's state: filters, the open country, the hovered country, the zoom, the view. Components change it only
// through here; the address follows it (pushState on deliberate choices, replaceState while zooming).
import { createContext } from 'svelte';
import { IDENTITY, type Transform } from '../lib/geo/zoom';
import { NO_FILTERS, type ProjectFilters } from '../lib/projects/filter';
import { deliberatePart, parseMapParams, serializeMapParams, type MapColouring, type MapParams } from '../lib/url/map-params';
import { browserUrl, type IgnoredParam, type UrlPort } from '../lib/url/port';

export interface Hover {
  code: string;
  /** Pointer or focus position in px inside the map frame. */
  x: number;
  y: number;
}

/** Zooming writes the address only once it settles: browsers throttle (and warn about) rapid history calls. */
const ZOOM_WRITE_DELAY = 300;

export class MapState {
  filters: ProjectFilters = $state({ ...NO_FILTERS });
  /** The country whose details panel is open. */
  selected: string | null = $state(null);
  hovered: Hover | null = $state(null);
  transform: Transform = $state.raw(IDENTITY);
  view: 'map' | 'table' = $state('map');
  colouring: MapColouring = $state('count');
  /** Address parameters that could not be read. */
  ignored: IgnoredParam[] = $state([]);
  /** The zoom the address asks for; applied by the map once it is drawn. */
  requestedZoom: Transform | null = null;
  /** Set by the drawn map: moves the view without an animation. */
  applyZoom: ((t: Transform) => void) | null = null;
  /** Told when the year filter changes, so another view can follow the years. */
  onYears: ((from: number | null, to: number | null) => void) | null = null;
  /** Set by the drawn map: zooms to a region's bounds (the whole world for null). */
  zoomToRegion: ((id: string | null) => void) | null = null;

  #url: UrlPort;
  #zoomTimer: ReturnType<typeof setTimeout> | undefined;
  #zoomedAt = 0;
  #transformWatchers = new Set<(t: Transform) => void>();

  constructor(url: UrlPort = browserUrl) {
    this.#url = url;
    this.readUrl();
  }

  /** On load and on Back/Forward. */
  readUrl() {
    // A zoom not yet written belongs to the entry being left, not to the one Back or Forward came to.
    clearTimeout(this.#zoomTimer);
    this.#zoomTimer = undefined;
    const p = parseMapParams(this.#url.search());
    this.filters = p.filters;
    this.selected = p.country;
    this.view = p.view;
    this.colouring = p.colouring;
    this.ignored = p.ignored;
    this.requestedZoom = p.zoom;
    this.applyZoom?.(p.zoom ?? IDENTITY);
  }

  /** Drops what the address asked for but the data do not have (an unknown region or donor), and says so. */
  checkAgainstData(regionIds: ReadonlySet<string>, donors: ReadonlySet<string>) {
    const unknown: IgnoredParam[] = [];
    if (this.filters.region !== null && !regionIds.has(this.filters.region)) {
      unknown.push({ name: 'region', value: this.filters.region });
      this.filters.region = null;
    }
    if (this.filters.donor !== null && !donors.has(this.filters.donor)) {
      unknown.push({ name: 'donor', value: this.filters.donor });
      this.filters.donor = null;
    }
    if (unknown.length > 0) {
      this.ignored = [...this.ignored, ...unknown];
      this.#write('replace');
    }
  }

  params(): MapParams {
    return { country: this.selected, filters: this.filters, zoom: this.transform, view: this.view, colouring: this.colouring };
  }

  /** `replace` for steps that are not choices of their own (the year player's ticks). */
  setFilter<K extends keyof ProjectFilters>(key: K, value: ProjectFilters[K], mode: 'push' | 'replace' = 'push') {
    const before = { ...this.filters };
    this.filters[key] = value;
    this.#yearsChanged(before);
    this.#write(mode);
  }

  setFilters(filters: Partial<ProjectFilters>, mode: 'push' | 'replace' = 'push') {
    const before = this.filters;
    this.filters = { ...this.filters, ...filters };
    this.#yearsChanged(before);
    this.#write(mode);
  }

  /** A region chosen anywhere (filters, figures): filter to it and show it. */
  chooseRegion(id: string | null) {
    if (this.filters.region !== id) this.setFilter('region', id);
    this.zoomToRegion?.(id);
  }

  resetFilters() {
    const before = this.filters;
    this.filters = { ...NO_FILTERS };
    this.#yearsChanged(before);
    this.#write('push');
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

  setColouring(colouring: MapColouring) {
    this.colouring = colouring;
    this.#write('push');
  }

  /**
   * Calls `watch` with each transform as it is set, outside Svelte's updates: a gesture's frames move the map's picture
   * this way (WorldMap), so a frame runs no effect at all. Returns the way to stop.
   */
  watchTransform(watch: (t: Transform) => void): () => void {
    this.#transformWatchers.add(watch);
    return () => void this.#transformWatchers.delete(watch);
  }

  /**
   * The address follows the zoom once it has rested ZOOM_WRITE_DELAY ms. At most one timer per ZOOM_WRITE_DELAY, not
   * one per frame: a gesture's frames only note the time (a timer cleared and set again in each frame cost ~0.5 ms of
   * it at 4× CPU).
   */
  setTransform(t: Transform) {
    this.transform = t;
    for (const watch of this.#transformWatchers) watch(t);
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

  #yearsChanged(before: ProjectFilters) {
    if (before.from !== this.filters.from || before.to !== this.filters.to) this.onYears?.(this.filters.from, this.filters.to);
  }

  #write(mode: 'push' | 'replace') {
    const current = this.#url.search();
    const next = serializeMapParams(current, this.params());
    if (next === current) return;
    if (mode === 'push' && deliberatePart(next) !== deliberatePart(current)) this.#url.push(next);
    else this.#url.replace(next);
  }
}

export const [getMapState, setMapState] = createContext<MapState>();
