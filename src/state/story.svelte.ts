// Ties the views into one story: the map's choice scopes the timeline, the map's years move the timeline,
// and the timeline's milestone outlines its countries on the map.
import { createContext } from 'svelte';
import { clampDomain, FULL_VIEW } from '../lib/timeline/view';
import { FIRST_YEAR, LAST_YEAR } from '../lib/schema/vocab';
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
  ) {
    map.onYears = (from, to) => this.followYears(from, to);
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

  showAllMilestones() {
    this.dismissedScope = this.scope?.key ?? null;
  }
}

export const [getStory, setStory] = createContext<StoryLink>();
