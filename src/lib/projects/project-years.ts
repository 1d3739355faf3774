// What the sources say about a project's years, kept apart: the period they state (a launch, "since 2010", a stated
// year) and the dates of documented work (news items, events). A news item's date shows the project was at work then;
// it says nothing of when the project began or ended, so it never becomes a period.
import type { Project } from '../schema/datasets';

type Dated = Pick<Project, 'period' | 'documented'>;

/** The distinct years of a project's documented work, in order. */
export function documentedYears(p: Pick<Project, 'documented'>): number[] {
  return [...new Set(p.documented.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b);
}

/**
 * The years the project is known to be active: from its stated start to its stated end. With a start but no stated
 * end, it was at work at least until its last documented date ("since 2010", seen in 2022: 2010–2022). Null when the
 * sources state no year of the period.
 */
export function activeSpan(p: Dated): [number, number] | null {
  const { start, end } = p.period;
  const seen = documentedYears(p);
  if (start !== undefined) return [start, end ?? Math.max(start, seen.at(-1) ?? start)];
  if (end !== undefined) return [Math.min(end, seen[0] ?? end), end];
  return null;
}

/** Every year the sources tie the project to, stated or documented: [first, last], or null when there is none. */
export function projectYears(p: Dated): [number, number] | null {
  const span = activeSpan(p);
  const seen = documentedYears(p);
  const first = Math.min(span?.[0] ?? Infinity, seen[0] ?? Infinity);
  const last = Math.max(span?.[1] ?? -Infinity, seen.at(-1) ?? -Infinity);
  return Number.isFinite(first) ? [first, last] : null;
}

/** How a project meets a span of years: "active" inside a stated period, else "documented" by a dated item, else null. */
export type YearMatch = 'active' | 'documented' | null;

export function matchYears(p: Dated, from: number | null, to: number | null): YearMatch {
  const lo = from ?? -Infinity;
  const hi = to ?? Infinity;
  const span = activeSpan(p);
  if (span && span[0] <= hi && span[1] >= lo) return 'active';
  return documentedYears(p).some((y) => y >= lo && y <= hi) ? 'documented' : null;
}

/** Programme work colours the map and counts in the figures; a related ICMPD project is only listed beside it. */
export function isProgrammeWork(p: Pick<Project, 'scope'>): boolean {
  return p.scope !== 'related';
}

/** The first year with documented programme work: where "Play the years" starts. Null when no project has a year. */
export function firstWorkYear(projects: readonly Dated[]): number | null {
  let first = Infinity;
  for (const p of projects) first = Math.min(first, projectYears(p)?.[0] ?? Infinity);
  return Number.isFinite(first) ? first : null;
}

/** The words a years line is made of, from the interface catalogue. */
export interface YearsWording {
  period: (start: number, end: number | null) => string;
  documentedIn: (years: string) => string;
  startEndNotGiven: string;
  unknown: string;
  /** Between the parts: "; " in English, a narrow no-break space before it in French. */
  separator?: string;
}

/**
 * A project's years in one line that keeps stated and documented years apart: "2016–2017", "from 2010; end not given;
 * documented in 2022", "documented in 2022; start and end not given".
 */
export function describeYears(p: Dated, w: YearsWording): string {
  const { start, end } = p.period;
  const seen = documentedYears(p);
  const documented = seen.length > 0 ? w.documentedIn(seen.join(', ')) : null;
  const sep = w.separator ?? '; ';
  if (start === undefined && end === undefined) return documented ? `${documented}${sep}${w.startEndNotGiven}` : w.unknown;
  const period = w.period(start ?? end!, end ?? null);
  const sameYears = documented !== null && start !== undefined && end !== undefined && seen.every((y) => y >= start && y <= end);
  return documented && !sameYears ? `${period}${sep}${documented}` : period;
}
