// What an exported map says it shows: its scope and count as the title ("West Africa (ECOWAS) — 5 of 20 projects and
// actions"), the filters as the line under it, and the A4 page's list of the countries in the frame with their projects.
// Pure: plain values and the catalogue's functions.

export interface CaptionWords {
  exportMapScope: (scope: string, shown: number, total: number) => string;
  exportWholeWorld: string;
  exportZoomedView: string;
  exportFilteredTo: (filters: string) => string;
  exportNoFilters: string;
  exportCountriesInView: (n: number) => string;
}

export interface CaptionInput {
  /** The region the filters chose, by name; null for none. */
  region: string | null;
  /** Zoomed in (the frame is part of the world). */
  zoomed: boolean;
  /** The countries with a kept project inside the frame, with their region's name and their projects' ids. */
  countries: { region: string | null; projects: string[] }[];
  /** Projects and actions in the dataset. */
  total: number;
  /**
   * Those the filters keep, some with no country to draw (a regional study): the count when not zoomed in; zoomed in,
   * the count is of the projects in the frame's countries.
   */
  kept: number;
  /** The filters in words ("Region: West Africa · Years 2010–2020"), '' for none. */
  filters: string;
}

/** The scope: the chosen region, else the one region every country in the zoomed frame belongs to, else the frame. */
export function captionScope(c: CaptionInput, m: CaptionWords): string {
  if (c.region) return c.region;
  if (!c.zoomed) return m.exportWholeWorld;
  const regions = new Set(c.countries.map((x) => x.region));
  const [only] = regions;
  return regions.size === 1 && only ? only : m.exportZoomedView;
}

export function mapCaption(c: CaptionInput, m: CaptionWords): { title: string; summary: string } {
  const shown = c.zoomed ? new Set(c.countries.flatMap((x) => x.projects)).size : c.kept;
  const filters = c.filters ? m.exportFilteredTo(c.filters) : m.exportNoFilters;
  return { title: m.exportMapScope(captionScope(c, m), shown, c.total), summary: `${filters}. ${m.exportCountriesInView(c.countries.length)}` };
}

/** One row per country: "Nigeria (4)" and its projects' names. */
export function listingRows(countries: { name: string; projects: string[] }[]): { label: string; detail: string }[] {
  return countries.map((c) => ({ label: `${c.name} (${c.projects.length})`, detail: c.projects.join(', ') }));
}
