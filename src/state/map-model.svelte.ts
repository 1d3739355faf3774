// The map's model: everything the map, its table, legend, panel, exports and the figures show, derived once from the
// datasets and the map's state (OWID's MapChartState). Made once where the datasets are (Shell.svelte); headless.
import { createContext } from 'svelte';
import type { LegendItem } from '../lib/export/compose-svg';
import { countryName } from '../lib/format/country-name';
import { localizeAll } from '../lib/i18n/localize';
import { OFFICE_COLOUR, OFFICE_SYMBOL_PATH } from '../lib/geo/office-positions';
import { buildMapGeometry } from '../lib/geo/map-geometry';
import { createProjection } from '../lib/geo/projection';
import { NAME_ALIASES, type SearchEntry } from '../lib/projects/country-search';
import { summariseCountries, type CountrySummary } from '../lib/projects/country-summary';
import { ISO_NUMERIC } from '../lib/geo/iso-codes';
import { donorsOf, projectSpan, unknownValues, type FilterData } from '../lib/projects/filter-dimensions';
import { filterProjects, projectsByCountry, regionCountries, regionOf } from '../lib/projects/filter';
import { firstWorkYear, isProgrammeWork } from '../lib/projects/project-years';
import { binLabel, binOf, countBins, NO_DATA_COLOUR } from '../lib/scales/bins';
import { regionColours } from '../lib/scales/region-colours';
import { recordsOf, type Datasets } from './datasets.svelte';
import type { I18n } from './i18n.svelte';
import type { MapState } from './map.svelte';

/** The outline of the small-state marker, in the legend and the exported picture. */
const MARKER_COLOUR = '#1f2d38';

export class MapModel {
  // Assigned in the constructor; every value below is computed when first read, so after it (hence $derived.by).
  readonly #data: Datasets;
  readonly #map: MapState;
  readonly #i18n: I18n;

  constructor(data: Datasets, map: MapState, i18n: I18n) {
    this.#data = data;
    this.#map = map;
    this.#i18n = i18n;
  }

  readonly projects = $derived.by(() => recordsOf(this.#data.projects));
  /**
   * The programme's own work: it colours the map, fills the filters and counts in the figures. Related ICMPD projects
   * (scope "related") are only listed apart in a country's panel.
   */
  readonly programme = $derived.by(() => this.projects.filter(isProgrammeWork));
  /** In the interface language, for every list and legend that shows their names. */
  readonly regions = $derived.by(() => localizeAll(recordsOf(this.#data.regions), 'name', this.#i18n.locale));
  readonly milestones = $derived.by(() => recordsOf(this.#data.milestones));
  /** The team's offices, drawn on the map with a legend entry. */
  readonly offices = $derived.by(() => recordsOf(this.#data.offices));
  /** What the filters read: the data, not the filters' own state. */
  readonly filterData: FilterData = $derived.by(() => ({ projects: this.programme, regions: this.regions }));

  // Geometry depends only on the outlines: computed once, never on hover, filter or zoom.
  readonly #projection = createProjection();
  readonly geometry = $derived.by(() => buildMapGeometry(this.#data.atlas.data ?? [], this.#projection));

  readonly filtered = $derived.by(() => filterProjects(this.programme, this.#map.filters, this.regions, this.#map.dimensions));
  /** Related ICMPD projects the same filters keep: the projects table lists them apart from the programme's. */
  readonly relatedFiltered = $derived.by(() => filterProjects(this.projects.filter((p) => !isProgrammeWork(p)), this.#map.filters, this.regions, this.#map.dimensions));
  readonly inRegion = $derived.by(() => regionCountries(this.regions, this.#map.filters.region));
  readonly byCountry = $derived.by(() => projectsByCountry(this.filtered, this.inRegion));
  readonly summaries: CountrySummary[] = $derived.by(() => summariseCountries(this.byCountry, this.regions, this.#i18n.locale));
  /** Distinct projects shown on the map (a project in two countries counts once). */
  readonly onMap = $derived.by(() => new Set(this.summaries.flatMap((s) => s.projects.map((p) => p.id))).size);
  readonly donors = $derived.by(() => donorsOf(this.programme));
  /** Projects with no documented year that a year filter hides (the others still match). */
  readonly undatedHidden = $derived.by(() => 
    this.#map.filters.from === null && this.#map.filters.to === null
      ? 0
      : filterProjects(this.programme, { ...this.#map.filters, from: null, to: null }, this.regions, this.#map.dimensions).filter((p) => projectSpan(p) === null).length,
  );

  /** The first year with documented programme work: where "Play the years" starts. */
  readonly playFrom = $derived.by(() => firstWorkYear(this.programme));

  // The legend is set by the whole dataset, so it stays put while filters change.
  readonly bins = $derived.by(() => countBins(Math.max(0, ...[...projectsByCountry(this.programme).values()].map((l) => l.length))));
  readonly regionColours = $derived.by(() => regionColours(this.regions.map((r) => r.id)));
  readonly colourOf = $derived.by(() => 
    this.#map.colouring === 'region'
      ? (s: CountrySummary) => (s.region ? this.regionColours.get(s.region.id)! : NO_DATA_COLOUR)
      : (s: CountrySummary) => binOf(this.bins, s.count)?.colour ?? NO_DATA_COLOUR,
  );
  readonly legendTitle = $derived.by(() => this.#map.colouring === 'region' ? this.#i18n.m.mapLegendRegions : this.#i18n.m.mapLegendTitle);
  readonly legend: LegendItem[] = $derived.by((): LegendItem[] => [
    ...(this.#map.colouring === 'region'
      ? this.regions.map((r) => ({ label: r.name, colour: this.regionColours.get(r.id)! }))
      : this.bins.map((b) => ({ label: binLabel(b), colour: b.colour }))),
    { label: this.#i18n.m.mapLegendNone, colour: NO_DATA_COLOUR },
    { label: this.#i18n.m.mapLegendSmall, colour: MARKER_COLOUR, shape: 'circle' },
    ...(this.offices.length > 0 ? [{ label: this.#i18n.m.mapLegendOffice, colour: OFFICE_COLOUR, shape: { path: OFFICE_SYMBOL_PATH, hollow: false } }] : []),
  ]);

  readonly searchEntries: SearchEntry[] = $derived.by(() => {
    const byCode = this.geometry.byCode;
    // Every country the map can show: its outlines, the small states it places a marker for (Malta), the data's.
    const placed = Object.keys(ISO_NUMERIC).filter((code) => byCode.has(code) || this.geometry.markerAt(code) !== undefined);
    const codes = new Set([...byCode.keys(), ...placed, ...this.projects.flatMap((p) => p.countries)]);
    return [...codes].map((code) => ({ code, name: countryName(code, this.#i18n.locale), aliases: [...(NAME_ALIASES[code] ?? []), byCode.get(code)?.key ?? ''] }));
  });

  /** The open country's panel. */
  readonly selectedName = $derived.by(() => this.#map.selected ? countryName(this.#map.selected, this.#i18n.locale) : '');
  readonly selectedRegion = $derived.by(() => this.#map.selected ? regionOf(this.regions, this.#map.selected) : undefined);
  readonly selectedProjects = $derived.by(() => this.#map.selected ? (this.byCountry.get(this.#map.selected) ?? []) : []);
  /** Related ICMPD projects in the open country and studies about it: listed apart from the programme's work. */
  readonly selectedRelated = $derived.by(() => {
    const code = this.#map.selected;
    return code === null ? [] : this.projects.filter((p) => p.subjectCountries.includes(code) || (!isProgrammeWork(p) && p.countries.includes(code)));
  });
  readonly selectedMilestones = $derived.by(() => 
    this.#map.selected ? this.milestones.filter((m) => m.countries.includes(this.#map.selected!)).toSorted((a, b) => a.year - b.year) : [],
  );

  /** The export's line about what the filters show. */
  readonly shownSummary = $derived.by(() => this.#i18n.m.filterSummary(this.onMap, this.programme.length, this.summaries.length));

  /** The filter values the address asked for that the data do not offer. */
  unknownFilters() {
    return unknownValues(this.#map.filters, this.filterData, this.#i18n.m, this.#map.dimensions);
  }
}

export const [getMapModel, setMapModel] = createContext<MapModel>();
