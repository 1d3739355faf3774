// From what the views already compute to the summaries' plain inputs. One function per view, over plain values, so
// where the map's state lives can change (a headless map model) by changing the caller's arguments only.
import type { Transform } from '../geo/zoom';
import type { CountrySummary } from '../projects/country-summary';
import type { ProjectFilters } from '../projects/filter';
import type { Milestone, Region, Statistic } from '../schema/datasets';
import { FIRST_YEAR, LAST_YEAR, type MilestoneCategory } from '../schema/vocab';
import type { Domain } from '../timeline/view';
import type { FilterDescription, FiguresSummaryInput, MapSummaryInput, TimelineSummaryInput } from './types';

export interface FilterNames {
  /** Regions with their names in the interface language. */
  regions: Pick<Region, 'id' | 'name'>[];
  theme: Record<string, string>;
  kind: Record<string, string>;
}

/** The active filters as the interface names them, in the filter bar's order. */
export function describeFilters(f: ProjectFilters, names: FilterNames): FilterDescription[] {
  const out: FilterDescription[] = [];
  if (f.region !== null) out.push({ key: 'region', value: names.regions.find((r) => r.id === f.region)?.name ?? f.region });
  if (f.theme !== null) out.push({ key: 'theme', value: names.theme[f.theme] ?? f.theme });
  if (f.kind !== null) out.push({ key: 'kind', value: names.kind[f.kind] ?? f.kind });
  if (f.donor !== null) out.push({ key: 'donor', value: f.donor });
  if (f.from !== null || f.to !== null) {
    const from = f.from ?? FIRST_YEAR;
    const to = f.to ?? LAST_YEAR;
    out.push({ key: 'years', value: from === to ? String(from) : `${from}–${to}` });
  }
  return out;
}

export interface MapViewFacts {
  /** Projects and actions in the dataset. */
  total: number;
  /** Those the filters keep. */
  shown: number;
  /** One row per country with a kept project, named in the interface language. */
  summaries: CountrySummary[];
  /** The countries the map draws (by code). */
  drawn: { has(code: string): boolean; size: number };
  filters: ProjectFilters;
  names: FilterNames;
  transform: Transform;
  /** Where a country is drawn at zoom 1 (the map's units), for telling what a zoom shows. */
  pointOf: (code: string) => readonly [number, number] | undefined;
  /** The map's size in its units. */
  size: { width: number; height: number };
}

/** Zoomed in below this scale counts as the whole world (a zoom gesture's end can leave 1.0001). */
const WHOLE_WORLD_K = 1.05;

export function mapSummaryInput(v: MapViewFacts): MapSummaryInput {
  const countries = v.summaries.map((s) => ({ name: s.name, count: s.count, region: s.region?.name ?? null }));
  const withProjects = v.summaries.filter((s) => v.drawn.has(s.code)).length;
  return {
    projects: v.shown,
    total: v.total,
    countries,
    countriesWithout: Math.max(0, v.drawn.size - withProjects),
    filters: describeFilters(v.filters, v.names),
    zoom: zoomOf(v),
  };
}

function zoomOf(v: MapViewFacts): MapSummaryInput['zoom'] {
  const { k, x, y } = v.transform;
  if (k < WHOLE_WORLD_K) return null;
  const inView = v.summaries.filter((s) => {
    const p = v.pointOf(s.code);
    if (!p) return false;
    const [sx, sy] = [p[0] * k + x, p[1] * k + y];
    return sx >= 0 && sx <= v.size.width && sy >= 0 && sy <= v.size.height;
  });
  const regions = new Set(inView.map((s) => s.region?.name ?? null));
  const [only] = regions;
  return { region: regions.size === 1 && only ? only : null, inView: inView.length };
}

export interface TimelineViewFacts {
  /** The milestones the timeline holds (after the map's scope), before hidden categories. */
  milestones: Pick<Milestone, 'year' | 'category'>[];
  hidden: readonly MilestoneCategory[];
  categoryNames: Record<MilestoneCategory, string>;
  categories: readonly MilestoneCategory[];
  /** The years in view, [from, to) in decimal years, and the whole span. */
  view: Domain;
  span: Domain;
  scope: string | null;
}

export function timelineSummaryInput(v: TimelineViewFacts): TimelineSummaryInput {
  const shown = v.milestones.filter((m) => !v.hidden.includes(m.category));
  const whole = v.view[0] <= v.span[0] + 0.01 && v.view[1] >= v.span[1] - 0.01;
  const from = Math.floor(v.view[0]);
  // [from, to): a view that ends exactly on 1 January does not show that year.
  const to = Math.ceil(v.view[1]) - 1;
  return {
    milestones: shown.map((m) => ({ year: m.year, category: v.categoryNames[m.category] })),
    categories: v.categories.map((c) => v.categoryNames[c]),
    view: whole ? null : [from, to],
    inView: whole ? null : shown.filter((m) => m.year >= from && m.year <= to).length,
    scope: v.scope,
    hidden: v.hidden.map((c) => v.categoryNames[c]),
  };
}

export interface FiguresViewFacts {
  /** The stated figures, labels in the interface language. */
  statistics: Pick<Statistic, 'label' | 'value' | 'qualifier' | 'format' | 'asOf'>[];
  documented: FiguresSummaryInput['documented'];
  filters: FilterDescription[];
}

export function figuresSummaryInput(v: FiguresViewFacts): FiguresSummaryInput {
  const years = [...new Set(v.statistics.map((s) => s.asOf))];
  return {
    stated: v.statistics.map(({ label, value, qualifier, format }) => ({ label, value, qualifier, format })),
    statedYear: years.length === 1 ? years[0]! : null,
    documented: v.documented,
    filters: v.filters,
  };
}
