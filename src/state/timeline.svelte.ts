// The timeline's state: the years in view, the focused and opened milestone, category filters, presentation mode.
// Components change it only through here; the URL follows it (replace while moving, push on deliberate acts).
import { createContext } from 'svelte';
import type { MilestoneCategory } from '../lib/schema/vocab';
import { FULL_VIEW, type Domain } from '../lib/timeline/view';
import { browserUrl, type IgnoredParam, type UrlPort } from '../lib/url/port';
import { parseTimelineParams, serializeTimelineParams } from '../lib/url/timeline-params';

export class TimelineState {
  view: Domain = $state.raw(FULL_VIEW);
  /** The milestone holding the timeline's one tab stop. */
  focusedId: string | null = $state(null);
  /** The milestone whose card is open. */
  openId: string | null = $state(null);
  hidden: MilestoneCategory[] = $state([]);
  presenting = $state(false);
  /** The milestone the show opens on (a card's "Present", or ?milestone= with ?present=1); null opens on the title. */
  showStart: string | null = $state(null);
  /** URL parameters that could not be read, shown once as a notice. */
  ignored: IgnoredParam[] = $state([]);
  /** The id the URL asked for, kept to tell the user when it does not exist. */
  requestedId: string | null = $state(null);
  noticeDismissed = $state(false);
  wheelHint = $state(false);

  #url: UrlPort;

  constructor(url: UrlPort = browserUrl) {
    this.#url = url;
    this.readUrl();
  }

  /** On load and on Back/Forward. */
  readUrl() {
    const { milestone, present, ignored } = parseTimelineParams(this.#url.search());
    this.requestedId = milestone;
    this.openId = milestone;
    this.focusedId = milestone;
    this.presenting = present;
    this.showStart = present ? milestone : null;
    this.ignored = ignored;
  }

  setView(view: Domain) {
    this.view = view;
  }

  /** Moving with the arrow keys: the URL follows without filling the history. */
  focus(id: string) {
    this.focusedId = id;
    if (this.openId !== null) this.openId = id;
    this.#write('replace');
  }

  open(id: string) {
    this.focusedId = id;
    this.openId = id;
    this.#write('push');
  }

  close() {
    this.openId = null;
    this.#write('replace');
  }

  toggleCategory(category: MilestoneCategory, shown: boolean) {
    this.hidden = shown ? this.hidden.filter((c) => c !== category) : [...this.hidden, category];
  }

  present(startId: string | null) {
    if (startId) this.focusedId = startId;
    this.showStart = startId;
    this.presenting = true;
    this.#write('push');
  }

  /** Each step of the presentation: the shared link names the slide on screen. */
  presentAt(id: string) {
    this.focusedId = id;
    if (this.openId !== null) this.openId = id;
    this.#write('replace');
  }

  stopPresenting() {
    if (!this.presenting) return;
    this.presenting = false;
    this.#write('replace');
  }

  /** Says (for a moment, TimelineView times it) that the wheel scrolls the page until the timeline is used. */
  setWheelHint(shown: boolean) {
    this.wheelHint = shown;
  }

  dismissNotice() {
    this.noticeDismissed = true;
  }

  #write(mode: 'replace' | 'push') {
    const search = serializeTimelineParams(this.#url.search(), { milestone: this.focusedId, present: this.presenting });
    if (search === this.#url.search()) return;
    if (mode === 'push') this.#url.push(search);
    else this.#url.replace(search);
  }
}

export const [getTimelineState, setTimelineState] = createContext<TimelineState>();
