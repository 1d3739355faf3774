// Which projects a set of filters keeps, and how many each country then has.
import { compareText } from '../format/text-order';
import type { Project, Region } from '../schema/datasets';
import type { ProjectKind, Theme } from '../schema/vocab';

export interface ProjectFilters {
  region: string | null;
  theme: Theme | null;
  kind: ProjectKind | null;
  donor: string | null;
  /** Inclusive year range; from === to means "active in that year". */
  from: number | null;
  to: number | null;
}

export const NO_FILTERS: ProjectFilters = { region: null, theme: null, kind: null, donor: null, from: null, to: null };

export function isFiltered(f: ProjectFilters): boolean {
  return Object.values(f).some((v) => v !== null);
}

/** The years a project is documented as active; null when the seeds give no year at all. */
export function projectSpan(p: Project): [number, number] | null {
  const start = p.period.start ?? p.period.end;
  const end = p.period.end ?? p.period.start;
  return start === undefined || end === undefined ? null : [start, end];
}

export function regionCountries(regions: Region[], regionId: string | null): Set<string> | null {
  if (regionId === null) return null;
  return new Set(regions.find((r) => r.id === regionId)?.countries ?? []);
}

export function matchesFilters(p: Project, f: ProjectFilters, inRegion: Set<string> | null): boolean {
  if (f.theme !== null && !p.themes.includes(f.theme)) return false;
  if (f.kind !== null && p.kind !== f.kind) return false;
  if (f.donor !== null && !p.donors.includes(f.donor)) return false;
  if (inRegion !== null && !p.countries.some((c) => inRegion.has(c))) return false;
  if (f.from !== null || f.to !== null) {
    const span = projectSpan(p);
    // A project with no documented year cannot be said to be active in any year.
    if (span === null) return false;
    if (f.from !== null && span[1] < f.from) return false;
    if (f.to !== null && span[0] > f.to) return false;
  }
  return true;
}

const FILTER_KEYS = Object.keys(NO_FILTERS) as (keyof ProjectFilters)[];

export const sameFilters = (a: ProjectFilters, b: ProjectFilters) => FILTER_KEYS.every((k) => a[k] === b[k]);

/** The last answer, for the same files and the same filters: the map and the figures each ask for it per change. */
let last: { projects: Project[]; regions: Region[]; filters: ProjectFilters; result: Project[] } | null = null;

/**
 * The projects the filters select. The datasets are never changed in place (a new file is a new array), so the same
 * arrays with the same filters give the same answer: the second view to ask for it gets the first one's, the very
 * array, which at 100× the data halves a filter change's matching.
 */
export function filterProjects(projects: Project[], f: ProjectFilters, regions: Region[]): Project[] {
  // A plain copy, read once: the app passes its reactive filters, and each read of those inside the loop is a
  // tracked signal read (at 100× the data, most of a filter change's cost).
  const plain = { ...f };
  if (last && last.projects === projects && last.regions === regions && sameFilters(last.filters, plain)) return last.result;
  const inRegion = regionCountries(regions, plain.region);
  const result = projects.filter((p) => matchesFilters(p, plain, inRegion));
  last = { projects, regions, filters: plain, result };
  return result;
}

/**
 * The projects of each country. With a region chosen, only that region's countries are counted: a
 * multi-region project then colours only the part of it the donor is looking at.
 */
export function projectsByCountry(projects: Project[], inRegion: Set<string> | null = null): Map<string, Project[]> {
  const index = new Map<string, Project[]>();
  for (const p of projects) {
    for (const c of p.countries) {
      if (inRegion !== null && !inRegion.has(c)) continue;
      const list = index.get(c);
      if (list) list.push(p);
      else index.set(c, [p]);
    }
  }
  return index;
}

export function regionOf(regions: Region[], code: string): Region | undefined {
  return regions.find((r) => r.countries.includes(code));
}

/** Every donor named in the data, for the donor filter, in alphabetical order. */
export function donorsOf(projects: Project[]): string[] {
  return [...new Set(projects.flatMap((p) => p.donors))].sort(compareText);
}

export function yearsOf(projects: Project[]): [number, number] | null {
  const spans = projects.map(projectSpan).filter((s): s is [number, number] => s !== null);
  if (spans.length === 0) return null;
  return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
}
