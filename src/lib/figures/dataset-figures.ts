// What the datasets themselves document, as opposed to the programme's stated totals, for the current filters.
import { projectSpan, type ProjectFilters } from '../projects/filter';
import { isProgrammeWork } from '../projects/project-years';
import type { Milestone, Project, Region } from '../schema/datasets';

export interface DatasetFigures {
  projects: number;
  countries: number;
  regions: number;
  milestones: number;
  /** The first and last year the documented projects and milestones cover; null when none has a year. */
  firstYear: number | null;
  lastYear: number | null;
  /** The first year a documented project was active ("… since 2021"); null when none has a year. */
  since: number | null;
}

/** Milestones that concern a set of countries; with no country set, all of them. */
export function milestonesConcerning(milestones: Milestone[], countries: ReadonlySet<string> | null): Milestone[] {
  if (countries === null) return milestones;
  return milestones.filter((m) => m.countries.some((c) => countries.has(c)));
}

function inYears(year: number, f: Pick<ProjectFilters, 'from' | 'to'>): boolean {
  return (f.from === null || year >= f.from) && (f.to === null || year <= f.to);
}

/**
 * `projects` are already filtered; `inRegion` is the chosen region's countries (null for the whole world).
 * Milestones follow the region and the years, not theme or kind, which milestones do not have.
 */
export function datasetFigures(projects: Project[], milestones: Milestone[], regions: Region[], filters: ProjectFilters, inRegion: ReadonlySet<string> | null): DatasetFigures {
  // One pass over each list, no intermediate arrays: this runs on every filter change, over every project.
  const countries = new Set<string>();
  let since = Infinity;
  let last = -Infinity;
  for (const p of projects) {
    for (const c of p.countries) if (inRegion === null || inRegion.has(c)) countries.add(c);
    const span = projectSpan(p);
    if (span) {
      since = Math.min(since, span[0]);
      last = Math.max(last, span[1]);
    }
  }
  const regionsTouched = regions.filter((r) => r.countries.some((c) => countries.has(c))).length;
  // Read once, not per milestone: the app passes its reactive filters (see filterProjects).
  const years = { from: filters.from, to: filters.to };
  const shownMilestones = milestonesConcerning(milestones, inRegion).filter((m) => inYears(m.year, years));
  let first = since;
  let end = last;
  for (const m of shownMilestones) {
    first = Math.min(first, m.year);
    end = Math.max(end, m.year);
  }
  return {
    projects: projects.length,
    countries: countries.size,
    regions: regionsTouched,
    milestones: shownMilestones.length,
    firstYear: Number.isFinite(first) ? first : null,
    lastYear: Number.isFinite(end) ? end : null,
    since: Number.isFinite(since) ? since : null,
  };
}

export interface RegionFigures {
  region: Region;
  projects: number;
  countries: number;
  /** The first year of documented work in the region, by a project (stated or documented year) or a milestone; null when none. */
  firstDocumented: number | null;
}

/**
 * Each region's documented programme work (a project counts in every region it works in; related ICMPD projects do not
 * count), in the order of regions.json. Its first year is the earliest project year or milestone in the region.
 */
export function regionFigures(projects: Project[], regions: Region[], milestones: Milestone[] = []): RegionFigures[] {
  return regions.map((region) => {
    const members = new Set(region.countries);
    const inside = projects.filter((p) => isProgrammeWork(p) && p.countries.some((c) => members.has(c)));
    const countries = new Set(inside.flatMap((p) => p.countries.filter((c) => members.has(c))));
    const years = [
      ...inside.map(projectSpan).filter((s): s is [number, number] => s !== null).map((s) => s[0]),
      ...milestonesConcerning(milestones, members).map((m) => m.year),
    ];
    return { region, projects: inside.length, countries: countries.size, firstDocumented: years.length > 0 ? Math.min(...years) : null };
  });
}
