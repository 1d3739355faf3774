// From what the views already compute to the summaries' plain inputs. One function per view, over plain values, so
// the map's come from its headless model (state/map-model.svelte.ts) and no count is derived twice.
import type { Transform } from '../geo/zoom';
import type { CountrySummary } from '../projects/country-summary';
import type { ProjectFilters } from '../projects/filter';
import type { Milestone, Region, Statistic } from '../schema/datasets';
import type { MilestoneCategory } from '../schema/vocab';
import type { Domain } from '../timeline/view';
import type { FilterDescription, FiguresSummaryInput, MapSummaryInput, TimelineSummaryInput } from './types';

export interface FilterNames {
  /** Regions with their names in the interface language. */
  regions: Pick<Region, 'id' | 'name'>[];
  theme: Record<string, string>;
  kind: Record<string, string>;
  /**
   * The whole span, [first year, last year + 1) (lib/timeline/extent.ts's SPAN), for a range open at one end. Passed,
   * not imported: the summaries' chunk reaching lib/schema/vocab.ts made the bundler split it out of the page's code.
   */
  span: Domain;
}

/** The active filters as the interface names them, in the filter bar's order. */
export function describeFilters(f: ProjectFilters, names: FilterNames): FilterDescription[] {
  const out: FilterDescription[] = [];
  if (f.region !== null) out.push({ key: 'region', value: names.regions.find((r) => r.id === f.region)?.name ?? f.region });
  if (f.theme !== null) out.push({ key: 'theme', value: names.theme[f.theme] ?? f.theme });
  if (f.kind !== null) out.push({ key: 'kind', value: names.kind[f.kind] ?? f.kind });
  if (f.donor !== null) out.push({ key: 'donor', value: f.donor });
  if (f.from !== null || f.to !== null) {
    const from = f.from ?? names.span[0];
    const to = f.to ?? names.span[1] - 1;
    out.push({ key: 'years', value: from === to ? String(from) : `${from}–${to}` });
  }
  return out;
}

/**
 * What the map's summary reads of the map model (state/map-model.svelte.ts): its values, not a second derive chain.
 * Written as a shape, not the class, so that the summary's chunk imports no state module.
 */
export interface MapModelValues {
  /** Projects and actions in the dataset. */
  projects: readonly unknown[];
  /** Those the filters keep. */
  filtered: readonly unknown[];
  /** One row per country with a kept project, named in the interface language. */
  summaries: CountrySummary[];
  /** The countries the map draws (by code), and where a small state's marker stands, in the map's units at zoom 1. */
  geometry: { byCode: ReadonlyMap<string, { centroid: readonly [number, number] }>; markerAt(code: string): readonly [number, number] | undefined };
}

export interface MapViewFacts {
  model: MapModelValues;
  filters: ProjectFilters;
  names: FilterNames;
  transform: Transform;
  /** The map's size in its units. */
  size: { width: number; height: number };
}

/** Zoomed in below this scale counts as the whole world (a zoom gesture's end can leave 1.0001). */
const WHOLE_WORLD_K = 1.05;

/** The countries with a kept project whose shape's centre (or marker) is in sight; null at the whole world. */
export function countriesInSight({ model, transform, size }: Pick<MapViewFacts, 'model' | 'transform' | 'size'>): CountrySummary[] | null {
  const { k, x, y } = transform;
  if (k < WHOLE_WORLD_K) return null;
  return model.summaries.filter((s) => {
    const p = model.geometry.byCode.get(s.code)?.centroid ?? model.geometry.markerAt(s.code);
    if (!p) return false;
    const [sx, sy] = [p[0] * k + x, p[1] * k + y];
    return sx >= 0 && sx <= size.width && sy >= 0 && sy <= size.height;
  });
}

export function mapSummaryInput(v: MapViewFacts): MapSummaryInput {
  const { model } = v;
  const countries = model.summaries.map((s) => ({ name: s.name, count: s.count, region: s.region?.name ?? null }));
  const withProjects = model.summaries.filter((s) => model.geometry.byCode.has(s.code)).length;
  return {
    projects: model.filtered.length,
    total: model.projects.length,
    countries,
    countriesWithout: Math.max(0, model.geometry.byCode.size - withProjects),
    filters: describeFilters(v.filters, v.names),
    zoom: zoomOf(v),
  };
}

function zoomOf(v: MapViewFacts): MapSummaryInput['zoom'] {
  const inView = countriesInSight(v);
  if (!inView) return null;
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
