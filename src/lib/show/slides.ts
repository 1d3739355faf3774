// The show's slides, worked out once from the datasets (and data/show.json when there is one): a title slide with the
// programme's stated figures, the milestones in time order (or the slides show.json lists), a figures slide (stated
// and documented side by side) and a closing "find out more" slide with the page's address. Pure: no DOM, no state.
import type { Milestone, Region, Statistic } from '../schema/datasets';
import type { ShowPlan } from '../schema/show';
import type { MilestoneCategory } from '../schema/vocab';

interface SlideBase {
  /** Stable across languages and scopes, so both windows and the address agree on which slide is on screen. */
  key: string;
  notes?: string;
}
export interface TitleSlide extends SlideBase {
  kind: 'title';
  /** show.json's title; undefined means the app's own title. */
  title?: string;
  figures: Statistic[];
}
export interface MilestoneSlide extends SlideBase {
  kind: 'milestone';
  milestone: Milestone;
  /** The countries the map outlines: the milestone's own, or every region's country when it names none. */
  countries: string[];
  programmeWide: boolean;
}
export interface RegionSlide extends SlideBase {
  kind: 'region';
  region: Region;
  countries: string[];
}
export interface FiguresSlide extends SlideBase {
  kind: 'figures';
  /** The stated figures to show beside what the datasets document. */
  figures: Statistic[];
}
export interface MoreSlide extends SlideBase {
  kind: 'more';
  address: string;
}
export type Slide = TitleSlide | MilestoneSlide | RegionSlide | FiguresSlide | MoreSlide;

/** What limits the show: the map's region filter and the timeline's hidden categories. */
export interface ShowScope {
  region: string | null;
  hidden: readonly MilestoneCategory[];
}
export const NO_SCOPE: ShowScope = { region: null, hidden: [] };

export interface ScopeNote {
  /** The region's name, or null when only categories limit the show. */
  region: Region | null;
  hidden: readonly MilestoneCategory[];
  milestones: number;
  total: number;
}

export interface ShowInput {
  milestones: readonly Milestone[];
  regions: readonly Region[];
  statistics: readonly Statistic[];
  /** data/show.json, parsed and checked; null builds the show from the milestones. */
  plan: ShowPlan | null;
  scope: ShowScope;
  /** The page's address for the closing slide (without the show's own parameters). */
  address: string;
  /** A slide per region after the milestones (only when there is no show.json, which lists its own). */
  regionSlides?: boolean;
}

export interface Show {
  slides: Slide[];
  /** Set when the scope leaves out milestones: the title slide says so and offers to present everything. */
  scope: ScopeNote | null;
}

/** Time order: year, then the date where known (a month sorts before a day in it), then the file's order. */
export function inTimeOrder(milestones: readonly Milestone[]): Milestone[] {
  return milestones
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.year - b.m.year || (a.m.date ?? '').localeCompare(b.m.date ?? '') || a.i - b.i)
    .map(({ m }) => m);
}

function milestoneSlide(m: Milestone, programmeCountries: string[], notes?: string): MilestoneSlide {
  const own = m.countries.length > 0;
  return { kind: 'milestone', key: `milestone:${m.id}`, milestone: m, countries: own ? [...m.countries] : programmeCountries, programmeWide: !own, ...(notes ? { notes } : {}) };
}

function inScope(m: Milestone, scope: ShowScope, regionCountries: ReadonlySet<string> | null): boolean {
  if (scope.hidden.includes(m.category)) return false;
  return regionCountries === null || m.countries.some((c) => regionCountries.has(c));
}

export function buildShow({ milestones, regions, statistics, plan, scope, address, regionSlides = false }: ShowInput): Show {
  const region = scope.region === null ? null : (regions.find((r) => r.id === scope.region) ?? null);
  const regionCountries = region ? new Set(region.countries) : null;
  const programmeCountries = [...new Set(regions.flatMap((r) => r.countries))].sort();
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const figureById = new Map(statistics.map((s) => [s.id, s]));
  const keep = (m: Milestone) => inScope(m, { ...scope, region: region?.id ?? null }, regionCountries);

  const middle: Slide[] = [];
  let total: number;
  if (plan) {
    const listed = plan.slides.flatMap((e) => (e.milestone && byId.has(e.milestone) ? [byId.get(e.milestone)!] : []));
    total = listed.length;
    for (const entry of plan.slides) {
      const m = entry.milestone ? byId.get(entry.milestone) : undefined;
      const r = entry.region ? regionById.get(entry.region) : undefined;
      const f = entry.figure ? figureById.get(entry.figure) : undefined;
      if (m && keep(m)) middle.push(milestoneSlide(m, programmeCountries, entry.notes));
      if (r && (region === null || r.id === region.id)) middle.push({ kind: 'region', key: `region:${r.id}`, region: r, countries: [...r.countries], ...(entry.notes ? { notes: entry.notes } : {}) });
      if (f) {
        // Figures listed one after another share one slide, so a show can close on "the programme in figures".
        const last = middle.at(-1);
        if (last?.kind === 'figures') last.figures.push(f);
        else middle.push({ kind: 'figures', key: `figures:${f.id}`, figures: [f], ...(entry.notes ? { notes: entry.notes } : {}) });
      }
    }
  } else {
    total = milestones.length;
    for (const m of inTimeOrder(milestones)) if (keep(m)) middle.push(milestoneSlide(m, programmeCountries));
    if (regionSlides) for (const r of regions) if (region === null || r.id === region.id) middle.push({ kind: 'region', key: `region:${r.id}`, region: r, countries: [...r.countries] });
  }
  const shownMilestones = middle.filter((s) => s.kind === 'milestone').length;
  const hasFigures = middle.some((s) => s.kind === 'figures');
  const slides: Slide[] = [
    { kind: 'title', key: 'title', ...(plan?.title ? { title: plan.title } : {}), figures: [...statistics], ...(plan?.titleNotes ? { notes: plan.titleNotes } : {}) },
    ...middle,
    ...(hasFigures ? [] : [{ kind: 'figures', key: 'figures', figures: [...statistics] } satisfies FiguresSlide]),
    { kind: 'more', key: 'more', address },
  ];
  const limited = region !== null || scope.hidden.length > 0;
  return { slides, scope: limited && shownMilestones < total ? { region, hidden: scope.hidden, milestones: shownMilestones, total } : null };
}

/** The slide to open on: a milestone's slide when one is asked for and shown, else the title. */
export function startIndex(slides: readonly Slide[], milestoneId: string | null): number {
  if (milestoneId === null) return 0;
  return Math.max(0, slides.findIndex((s) => s.key === `milestone:${milestoneId}`));
}
