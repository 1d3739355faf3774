// CSV for spreadsheets (RFC 4180): a header row, one row per record, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break. UTF-8 with a byte-order mark, which Excel needs to read accents and “curly quotes”.
import type { CountrySummary } from '../projects/country-summary';
import type { Project } from '../schema/datasets';

export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

/** A text starting like a formula (= + - @) would be run by a spreadsheet: a leading apostrophe keeps it text. */
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface ProjectLabels {
  header: readonly string[];
  kind: Record<string, string>;
  theme: Record<string, string>;
}

/** Lists inside one field are joined with "; " so the comma stays the column separator for the eye too. */
const list = (items: readonly string[]) => items.join('; ');

export function projectsCsv(projects: readonly Project[], labels: ProjectLabels): string {
  return toCsv(
    labels.header,
    projects.map((p) => [
      p.id,
      p.name,
      p.title,
      labels.kind[p.kind] ?? p.kind,
      list(p.countries),
      p.period.start ?? null,
      p.period.end ?? null,
      list(p.themes.map((t) => labels.theme[t] ?? t)),
      list(p.donors),
    ]),
  );
}

/** The rows of the map's table, in its order: country, code, region (or the "no region" words), count. */
export function countriesCsv(summaries: readonly CountrySummary[], header: readonly string[], noRegion: string): string {
  return toCsv(
    header,
    summaries.map((s) => [s.name, s.code, s.region?.name ?? noRegion, s.count]),
  );
}
