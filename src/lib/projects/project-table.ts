// The projects table's rows and their order (table/ProjectsTable.svelte): one row per project, in the interface
// language, with its years as the sources give them. The table shows the same projects as the map (the map model's
// `filtered`); related ICMPD projects (scope "related") are rows of their own list.
import { countryName } from '../format/country-name';
import { localized } from '../i18n/localize';
import type { Locale } from '../i18n/languages';
import type { Project } from '../schema/datasets';
import { describeYears, projectYears, type YearsWording } from './project-years';

export type ProjectColumn = 'name' | 'kind' | 'countries' | 'donors' | 'years';
export const PROJECT_COLUMNS: readonly ProjectColumn[] = ['name', 'kind', 'countries', 'donors', 'years'];

export interface ProjectRow {
  id: string;
  name: string;
  /** 'en' when the name is shown in English for want of a translation. */
  nameLang: string | undefined;
  /** The full title, shown under the short name where they differ. */
  title: string;
  titleLang: string | undefined;
  kind: string;
  /** Country names in the interface language, in alphabetical order. */
  countries: string[];
  donors: string[];
  /** The years line: "2016–2017", "documented in 2022; start and end not given". */
  years: string;
  /** Words saying that the stated years are approximate ("years inferred"); '' when stated or when no year is stated. */
  approximate: string;
  /** [first, last] of every year the sources tie the project to, for sorting; null when there is none. */
  span: [number, number] | null;
  related: boolean;
}

export interface ProjectTableWords {
  locale: Locale;
  kind: Record<string, string>;
  /** Per period certainty (schema/vocab.ts CERTAINTIES); "stated" maps to ''. */
  certainty: Record<string, string>;
  years: YearsWording;
}

/** A period certainty in words, only where the sources state a year of the period (otherwise the years line says so). */
export function approximateWords(p: Pick<Project, 'period'>, certainty: Record<string, string>): string {
  const hasPeriod = p.period.start !== undefined || p.period.end !== undefined;
  return hasPeriod ? (certainty[p.period.certainty] ?? '') : '';
}

export function projectRow(p: Project, w: ProjectTableWords, order: (a: string, b: string) => number): ProjectRow {
  const name = localized(p, 'name', w.locale);
  const title = localized(p, 'title', w.locale);
  return {
    id: p.id,
    name: name.text,
    nameLang: name.fallback ? 'en' : undefined,
    title: title.text,
    titleLang: title.fallback ? 'en' : undefined,
    kind: w.kind[p.kind] ?? p.kind,
    countries: p.countries.map((c) => countryName(c, w.locale)).sort(order),
    donors: p.donors,
    years: describeYears(p, w.years),
    approximate: approximateWords(p, w.certainty),
    span: projectYears(p),
    related: p.scope === 'related',
  };
}

/**
 * The rows sorted by a column; ties keep the name order. A row with nothing in the column (no country, no donor
 * stated, no year) comes last in either direction: turning the order round should not put the blanks on top.
 */
export function sortProjectRows(rows: readonly ProjectRow[], column: ProjectColumn, descending: boolean, order: (a: string, b: string) => number): ProjectRow[] {
  const dir = descending ? -1 : 1;
  const compare = (a: ProjectRow, b: ProjectRow): number | null => {
    switch (column) {
      case 'years':
        if (!a.span || !b.span) return a.span ? -1 : b.span ? 1 : 0;
        return (a.span[0] - b.span[0] || a.span[1] - b.span[1]) * dir;
      case 'countries':
      case 'donors': {
        const [x, y] = [a[column].join(', '), b[column].join(', ')];
        if (!x || !y) return x ? -1 : y ? 1 : 0;
        return order(x, y) * dir;
      }
      case 'kind':
        return order(a.kind, b.kind) * dir;
      case 'name':
        return null;
    }
  };
  return rows.toSorted((a, b) => compare(a, b) || order(a.name, b.name) * (column === 'name' ? dir : 1));
}
