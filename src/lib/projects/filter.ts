// Which projects a set of filters keeps, and how many each country then has. The dimensions are rows of one table
// (filter-dimensions.ts); this file only loops over it.
import type { Project, Region } from '../schema/datasets';
import { FILTER_DIMENSIONS, type AnyFilters, type FilterData, type FilterDimension } from './filter-dimensions';

export { donorsOf, NO_FILTERS, projectSpan, type ProjectFilters } from './filter-dimensions';

export function isFiltered(f: AnyFilters): boolean {
  return Object.values(f).some((v) => v !== null);
}

export function regionCountries(regions: Region[], regionId: string | null): Set<string> | null {
  if (regionId === null) return null;
  return new Set(regions.find((r) => r.id === regionId)?.countries ?? []);
}

/** The projects the filters select: each set dimension's test, prepared once, then run per project. */
export function filterProjects(projects: Project[], f: AnyFilters, regions: Region[], dimensions: readonly FilterDimension[] = FILTER_DIMENSIONS): Project[] {
  const data: FilterData = { projects, regions };
  const tests: ((p: Project) => boolean)[] = [];
  for (const d of dimensions) {
    const value = f[d.key];
    if (value !== null && value !== undefined) tests.push(d.matcher(value, data, f));
  }
  return tests.length === 0 ? projects : projects.filter((p) => tests.every((test) => test(p)));
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
