// One row per country with documented projects: the map's keyboard order, its tooltip, and the table's rows.
import { countryName } from '../format/country-name';
import { textOrder } from '../format/text-order';
import type { Project, Region } from '../schema/datasets';

export interface CountrySummary {
  code: string;
  name: string;
  count: number;
  projects: Project[];
  region: Region | undefined;
}

/** Ordered by region (in the order of regions.json), then by name: arrow keys walk a region before moving on. */
export function summariseCountries(byCountry: Map<string, Project[]>, regions: Region[], locale: string): CountrySummary[] {
  const order = textOrder(locale);
  const regionIndex = (r: Region | undefined) => (r === undefined ? regions.length : regions.indexOf(r));
  return [...byCountry.entries()]
    .map(([code, projects]) => ({
      code,
      name: countryName(code, locale),
      count: projects.length,
      projects,
      region: regions.find((r) => r.countries.includes(code)),
    }))
    .sort((a, b) => regionIndex(a.region) - regionIndex(b.region) || order(a.name, b.name));
}
