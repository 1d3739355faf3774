// The map's filter dimensions, one row each. Filtering (filter.ts), the address (url/map-params.ts), the filter form
// (MapFilters.svelte), the export summary (filter-summary.ts) and the check against the data all loop over this table:
// a new dimension is a new row here plus its label in both catalogues (src/lib/i18n/{en,fr}/map.ts).
import type { Messages } from '../i18n/en';
import type { Project, Region } from '../schema/datasets';
import { FIRST_YEAR, LAST_YEAR, PROJECT_KINDS, THEMES, type ProjectKind, type Theme } from '../schema/vocab';
import { compareText } from '../format/text-order';
import { NAME_MAX } from '../schema/text';
import { matchYears, projectYears } from './project-years';

export type FilterValue = string | number;

/** What a dimension may read to list its choices and to match: the loaded datasets, regions already localized. */
export interface FilterData {
  projects: Project[];
  regions: Region[];
}

export interface FilterOption {
  value: string;
  label: string;
  /** The option's language when it is not the interface's (donor names are English). */
  lang?: string;
}

/** A key of the catalogue whose message is plain text. */
export type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

export interface FilterDimension<K extends string = string, V extends FilterValue = FilterValue> {
  /** The key in the filters object. */
  key: K;
  /** The address parameter. */
  param: string;
  /** A value from the address or the form; undefined when it is not one this dimension knows. */
  parse(raw: string): V | undefined;
  /** The catalogue keys of the form's label and of its "no filter" choice. */
  label: TextKey;
  any: TextKey;
  /** The form's choices. */
  options(data: FilterData, m: Messages): FilterOption[];
  /**
   * Called once per filter change; the test it returns is called per project. `filters` are all the chosen values,
   * for a dimension that is read together with another (the two years).
   */
  matcher(value: V, data: FilterData, filters: AnyFilters): (p: Project) => boolean;
  /**
   * The export's words for the chosen value, when not `label: option label` (filter-summary.ts, which loads with the
   * downloads, words the two years together). '' says nothing.
   */
  describe?(value: V, filters: Readonly<Record<string, FilterValue | null>>, m: Messages): string;
}

/** Keeps the row's key and value types, so the filters' type follows from the table. */
const dimension = <K extends string, V extends FilterValue>(row: FilterDimension<K, V>) => row;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Donor names are free text from the data, up to the schema's cap in characters; anything longer is not one of them. */
const isName = (raw: string) => raw !== '' && [...raw].length <= NAME_MAX;
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

export function parseYear(raw: string): number | undefined {
  const n = Number(raw);
  return /^\d{4}$/.test(raw) && n >= FIRST_YEAR && n <= LAST_YEAR ? n : undefined;
}

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const yearOptions = () => YEARS.map((y) => ({ value: String(y), label: String(y) }));

/** Every year the sources tie a project to, stated or documented (see project-years.ts); null when none. */
export const projectSpan = (p: Project): [number, number] | null => projectYears(p);

const yearOf = (v: FilterValue | null | undefined) => (typeof v === 'number' ? v : null);
/**
 * The two years are one span: a project matches when it is active (a stated period) or documented (a dated item)
 * somewhere in it (project-years.ts). Each row reads the other's year, since documented years have gaps: work
 * documented in 2010 and 2020 is neither "from 2015" and "to 2016" at once. A project with no year matches none.
 */
const yearsMatcher = (from: number | null, to: number | null) => (p: Project) => matchYears(p, from, to) !== null;

export const FILTER_DIMENSIONS = [
  dimension({
    key: 'region',
    param: 'region',
    parse: (raw) => (ID.test(raw) && raw.length <= 80 ? raw : undefined),
    label: 'filterRegion',
    any: 'filterAny',
    options: ({ regions }) => regions.map((r) => ({ value: r.id, label: r.name })),
    matcher: (id, { regions }) => {
      const inRegion = new Set(regions.find((r) => r.id === id)?.countries ?? []);
      return (p) => p.countries.some((c) => inRegion.has(c));
    },
  }),
  dimension({
    key: 'theme',
    param: 'theme',
    parse: oneOf<Theme>(THEMES),
    label: 'filterTheme',
    any: 'filterAny',
    options: (_, m) => THEMES.map((t) => ({ value: t, label: m.theme[t] ?? t })),
    matcher: (theme) => (p) => p.themes.includes(theme),
  }),
  dimension({
    key: 'kind',
    param: 'kind',
    parse: oneOf<ProjectKind>(PROJECT_KINDS),
    label: 'filterKind',
    any: 'filterAny',
    options: (_, m) => PROJECT_KINDS.map((k) => ({ value: k, label: m.kind[k] ?? k })),
    matcher: (kind) => (p) => p.kind === kind,
  }),
  dimension({
    key: 'donor',
    param: 'donor',
    parse: (raw) => (isName(raw) ? raw : undefined),
    label: 'filterDonor',
    any: 'filterAny',
    options: ({ projects }) => donorsOf(projects).map((d) => ({ value: d, label: d, lang: 'en' })),
    matcher: (donor) => (p) => p.donors.includes(donor),
  }),
  dimension({
    key: 'from',
    param: 'from',
    parse: parseYear,
    label: 'filterFrom',
    any: 'filterAnyYear',
    options: yearOptions,
    matcher: (from, _, filters) => yearsMatcher(from, yearOf(filters.to)),
  }),
  dimension({
    key: 'to',
    param: 'to',
    parse: parseYear,
    label: 'filterTo',
    any: 'filterAnyYear',
    options: yearOptions,
    matcher: (to, _, filters) => yearsMatcher(yearOf(filters.from), to),
  }),
] as const;

type Row = (typeof FILTER_DIMENSIONS)[number];
export type FilterKey = Row['key'];
/** The filters: one value (or null for "any") per dimension. */
export type ProjectFilters = { [R in Row as R['key']]: ReturnType<R['parse']> extends infer V ? Exclude<V, undefined> | null : never };
/** Filters over any table of dimensions (tests add rows). */
export type AnyFilters = Readonly<Record<string, FilterValue | null>>;

export const noFilters = (dimensions: readonly FilterDimension[]) => Object.fromEntries(dimensions.map((d) => [d.key, null]));
export const NO_FILTERS = noFilters(FILTER_DIMENSIONS) as ProjectFilters;

/** Every donor named in the data, for the donor filter, in alphabetical order. */
export function donorsOf(projects: Project[]): string[] {
  return [...new Set(projects.flatMap((p) => p.donors))].sort(compareText);
}

/** The chosen values the data do not offer (an unknown region or donor in the address). */
export function unknownValues(filters: AnyFilters, data: FilterData, m: Messages, dimensions: readonly FilterDimension[] = FILTER_DIMENSIONS) {
  return dimensions.filter((d) => {
    const value = filters[d.key];
    return value !== null && value !== undefined && !d.options(data, m).some((o) => o.value === String(value));
  });
}
