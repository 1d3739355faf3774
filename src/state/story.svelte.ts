// Ties the views into one story: the map's choice scopes the timeline, the map's years move the timeline,
// and the timeline's milestone outlines its countries on the map.
import { createContext } from 'svelte';
import { clampDomain, FULL_VIEW } from '../lib/timeline/view';
import { FIRST_YEAR, LAST_YEAR } from '../lib/schema/vocab';
import type { FilterValue, ProjectFilters } from '../lib/projects/filter-dimensions';
import type { MapState } from './map.svelte';
import type { TimelineState } from './timeline.svelte';

export interface StoryScope {
  /** "country:NG" or "region:west-africa": what the timeline is narrowed to. */
  key: string;
  kind: 'country' | 'region';
  id: string;
}

export class StoryLink {
  /** Playing or choosing years on the map moves the timeline's view to the same years. */
  linkYears = $state(true);
  /** The scope the user asked the timeline to stop following, until the map's choice changes. */
  dismissedScope: string | null = $state(null);

  constructor(
    private map: MapState,
    private timeline: TimelineState,
  ) {}

  /** The filter form and the year player change the map's filters here, so the timeline can follow the years. */
  setFilter(key: string, value: FilterValue | null, mode: 'push' | 'replace' = 'push') {
    this.#following(() => (key === 'region' ? this.map.chooseRegion(value as string | null) : this.map.setFilter(key, value, mode)));
  }

  setFilters(filters: Partial<ProjectFilters>, mode: 'push' | 'replace' = 'push') {
    this.#following(() => this.map.setFilters(filters, mode));
  }

  /** Every filter off, and the whole world in view. */
  resetFilters() {
    this.#following(() => this.map.resetFilters());
    this.map.requestZoom({ region: null, animate: true });
  }

  #following(change: () => void) {
    const { from, to } = this.map.filters;
    change();
    if (from !== this.map.filters.from || to !== this.map.filters.to) this.followYears(this.map.filters.from, this.map.filters.to);
  }

  /** A chosen country narrows more than a region, so it wins. */
  get scope(): StoryScope | null {
    const scope: StoryScope | null = this.map.selected
      ? { key: `country:${this.map.selected}`, kind: 'country', id: this.map.selected }
      : this.map.filters.region
        ? { key: `region:${this.map.filters.region}`, kind: 'region', id: this.map.filters.region }
        : null;
    return scope && scope.key !== this.dismissedScope ? scope : null;
  }

  followYears(from: number | null, to: number | null) {
    if (!this.linkYears) return;
    this.timeline.setView(from === null && to === null ? FULL_VIEW : clampDomain([from ?? FIRST_YEAR, (to ?? LAST_YEAR) + 1]));
  }

  setLinkYears(linked: boolean) {
    this.linkYears = linked;
  }

  showAllMilestones() {
    this.dismissedScope = this.scope?.key ?? null;
  }
}

export const [getStory, setStory] = createContext<StoryLink>();
