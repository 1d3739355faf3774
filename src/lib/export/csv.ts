// CSV for spreadsheets (RFC 4180): a header row, one row per record, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break. UTF-8 with a byte-order mark, which Excel needs to read accents and “curly quotes”.
import type { CountrySummary } from '../projects/country-summary';
import { countryName } from '../format/country-name';
import type { Locale } from '../i18n/languages';
import { localized } from '../i18n/localize';
import type { Office, Project } from '../schema/datasets';

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
  /** The columns' names, in the order below (i18n share.ts `csvProjectHeaders`). */
  header: readonly string[];
  kind: Record<string, string>;
  theme: Record<string, string>;
  /** The period's certainty in words, per CERTAINTIES, plus `none` for a record that states no year of its period. */
  certainty: Record<string, string>;
}

/** Lists inside one field are joined with "; " so the comma stays the column separator for the eye too. */
const list = (items: readonly string[]) => items.join('; ');

/**
 * One row per project; the columns, in order (issue 20: stated years kept apart from dated evidence):
 *   ID · short name · title · kind (words) · countries (ISO codes, "; ") ·
 *   start year · end year: only years the sources state for the period, empty when they give none ·
 *   period certainty: stated / inferred / uncertain, or "start and end not given" when neither year is stated ·
 *   documented dates: the dates of the project's documented work (news items, events) as YYYY, YYYY-MM or
 *   YYYY-MM-DD, "; " between them; evidence that the work went on then, never its start or end ·
 *   themes (words, "; ") · donors (as the sources name them, "; "; empty when none is stated).
 */
export function projectsCsv(projects: readonly Project[], labels: ProjectLabels): string {
  return toCsv(
    labels.header,
    projects.map((p) => {
      const stated = p.period.start !== undefined || p.period.end !== undefined;
      return [
        p.id,
        p.name,
        p.title,
        labels.kind[p.kind] ?? p.kind,
        list(p.countries),
        p.period.start ?? null,
        p.period.end ?? null,
        stated ? (labels.certainty[p.period.certainty] ?? p.period.certainty) : (labels.certainty['none'] ?? ''),
        list(p.documented.map((d) => d.date).sort()),
        list(p.themes.map((t) => labels.theme[t] ?? t)),
        list(p.donors),
      ];
    }),
  );
}

/** The rows of the map's table, in its order: country, code, region (or the "no region" words), count. */
export function countriesCsv(summaries: readonly CountrySummary[], header: readonly string[], noRegion: string): string {
  return toCsv(
    header,
    summaries.map((s) => [s.name, s.code, s.region?.name ?? noRegion, s.count]),
  );
}

/** The team's offices, as the table view lists them: city and country in the interface language, ISO code, as of. */
export function officesCsv(offices: readonly Office[], header: readonly string[], locale: Locale): string {
  return toCsv(
    header,
    offices.map((o) => [localized(o, 'city', locale).text, countryName(o.country, locale), o.country, o.asOf]),
  );
}
