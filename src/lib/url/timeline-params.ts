// The timeline's part of the URL: ?milestone=<id> names the focused or opened milestone, ?present=1 opens presentation mode.
// Other parameters (the map's) pass through untouched. Malformed values are reported and ignored, never thrown.
import type { IgnoredParam } from './port';

export type { IgnoredParam };

export interface TimelineParams {
  milestone: string | null;
  present: boolean;
}

export interface ParsedTimelineParams extends TimelineParams {
  ignored: IgnoredParam[];
}

/** The same rule as the schema's Id. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TRUE = new Set(['1', 'true', 'yes']);
const FALSE = new Set(['0', 'false', 'no']);

export function parseTimelineParams(search: string): ParsedTimelineParams {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  let milestone: string | null = null;
  let present = false;

  const id = params.get('milestone');
  if (id !== null) {
    const trimmed = id.trim().toLowerCase();
    if (ID.test(trimmed) && trimmed.length <= 200) milestone = trimmed;
    else ignored.push({ name: 'milestone', value: id });
  }

  const p = params.get('present');
  if (p !== null) {
    const value = p.trim().toLowerCase();
    if (TRUE.has(value)) present = true;
    else if (!FALSE.has(value)) ignored.push({ name: 'present', value: p });
  }

  return { milestone, present, ignored };
}

/** The query string with the timeline's parameters set; others keep their order and values. Returns "" or "?…". */
export function serializeTimelineParams(search: string, { milestone, present }: TimelineParams): string {
  const params = new URLSearchParams(search);
  if (milestone) params.set('milestone', milestone);
  else params.delete('milestone');
  if (present) params.set('present', '1');
  else params.delete('present');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** An id from the URL checked against the loaded milestones: unknown ids are reported, not opened. */
export function resolveMilestone(id: string | null, known: ReadonlySet<string>): { id: string | null; unknown: string | null } {
  if (id === null) return { id: null, unknown: null };
  return known.has(id) ? { id, unknown: null } : { id: null, unknown: id };
}
