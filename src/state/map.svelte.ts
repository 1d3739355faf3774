// The map's state: filters, the open country, the hovered country and the zoom. Components change it only through here.
import { createContext } from 'svelte';
import { IDENTITY, type Transform } from '../lib/geo/zoom';
import { NO_FILTERS, type ProjectFilters } from '../lib/projects/filter';

export interface Hover {
  code: string;
  /** Pointer or focus position in px inside the map frame. */
  x: number;
  y: number;
}

export class MapState {
  filters: ProjectFilters = $state({ ...NO_FILTERS });
  /** The country whose details panel is open. */
  selected: string | null = $state(null);
  hovered: Hover | null = $state(null);
  transform: Transform = $state.raw(IDENTITY);
  view: 'map' | 'table' = $state('map');

  setFilter<K extends keyof ProjectFilters>(key: K, value: ProjectFilters[K]) {
    this.filters[key] = value;
  }

  resetFilters() {
    this.filters = { ...NO_FILTERS };
  }

  open(code: string) {
    this.selected = code;
  }

  close() {
    this.selected = null;
  }
}

export const [getMapState, setMapState] = createContext<MapState>();
