// The keys each view answers to, as one table the help dialog loops over. Each row names the keys as KeyboardEvent.key
// values and an action the language modules word; the views' own handlers are the truth (map/WorldMap.svelte,
// timeline/TimelineTrack.svelte with lib/timeline/navigation.ts, lib/show/keys.ts SHOW_KEYS), and keys.test.ts
// checks the timeline's and the presentation's rows against those functions.

export type HelpSection = 'page' | 'map' | 'timeline' | 'presentation';

export type HelpAction =
  | 'help'
  | 'mapMove'
  | 'mapEnds'
  | 'mapOpen'
  | 'zoomIn'
  | 'zoomOut'
  | 'mapTooltip'
  | 'panelClose'
  | 'timelineMove'
  | 'timelineEnds'
  | 'timelineOpen'
  | 'timelineClose'
  | 'next'
  | 'previous'
  | 'firstLast'
  | 'blank'
  | 'fullscreen'
  | 'exit';

export interface KeyRow {
  /** Alternatives: any one of them does the action. `shift` marks a chord with Shift. */
  keys: { key: string; shift?: boolean }[];
  action: HelpAction;
}

export const KEY_TABLE: Record<HelpSection, KeyRow[]> = {
  page: [{ keys: [{ key: '?' }], action: 'help' }],
  map: [
    { keys: [{ key: 'ArrowRight' }, { key: 'ArrowDown' }, { key: 'ArrowLeft' }, { key: 'ArrowUp' }], action: 'mapMove' },
    { keys: [{ key: 'Home' }, { key: 'End' }], action: 'mapEnds' },
    { keys: [{ key: 'Enter' }, { key: ' ' }], action: 'mapOpen' },
    { keys: [{ key: '+' }], action: 'zoomIn' },
    { keys: [{ key: '-' }], action: 'zoomOut' },
    { keys: [{ key: 'Escape' }], action: 'mapTooltip' },
    { keys: [{ key: 'Escape' }], action: 'panelClose' },
  ],
  timeline: [
    { keys: [{ key: 'ArrowLeft' }, { key: 'ArrowRight' }], action: 'timelineMove' },
    { keys: [{ key: 'Home' }, { key: 'End' }], action: 'timelineEnds' },
    { keys: [{ key: 'Enter' }, { key: ' ' }], action: 'timelineOpen' },
    { keys: [{ key: 'Escape' }], action: 'timelineClose' },
    { keys: [{ key: '+' }], action: 'zoomIn' },
    { keys: [{ key: '-' }], action: 'zoomOut' },
  ],
  presentation: [
    { keys: [{ key: 'ArrowRight' }, { key: 'ArrowDown' }, { key: 'PageDown' }, { key: ' ' }], action: 'next' },
    { keys: [{ key: 'ArrowLeft' }, { key: 'ArrowUp' }, { key: 'PageUp' }], action: 'previous' },
    { keys: [{ key: 'Home' }, { key: 'End' }], action: 'firstLast' },
    { keys: [{ key: 'b' }, { key: '.' }], action: 'blank' },
    { keys: [{ key: 'f' }], action: 'fullscreen' },
    { keys: [{ key: 'Escape' }], action: 'exit' },
  ],
};

/** The words a language gives the help: section names, key names, actions. */
export interface HelpWords {
  title: string;
  intro: string;
  close: string;
  sections: Record<HelpSection, string>;
  keyNames: Record<string, string>;
  actions: Record<HelpAction, string>;
}

/** A key as a reader sees it on the keyboard: "→", "Page Down", "Shift + Space". */
export function keyLabel({ key, shift }: KeyRow['keys'][number], words: HelpWords): string {
  const name = words.keyNames[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  return shift ? `${words.keyNames['Shift'] ?? 'Shift'} + ${name}` : name;
}
