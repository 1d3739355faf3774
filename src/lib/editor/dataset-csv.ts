// A dataset as a spreadsheet, one row per record, and back. The columns are the record's fields by dotted path:
// - a field inside a field: "period.start", "translations.fr.title";
// - a list of names or codes: one cell, items joined by " | " ("NG | SN | GH"): countries, subjectCountries, donors,
//   partners, themes;
// - a list of entries with fields of their own: numbered columns from 1, "sources.1.seed", "sources.1.quote",
//   "sources.2.seed" …; a source left blank in every column of its number is no source;
// - numbers (years, figures, coordinates) as digits, true/false for yes-or-no fields; an empty cell is no value.
// Reading a sheet back keeps each record's fields in the order the current file has them, and an empty list or text
// the record had ("donors": [], "qualifier": "") stays, so a round trip gives back the file byte for byte.
import type * as v from 'valibot';
import { formatProblem, type Problem } from '../schema/problem';
import { readCsv, writeCsv } from './csv-text';
import { arrangeLike, type Json, type JsonRecord } from './record-paths';

export const LIST_SEPARATOR = ' | ';
const NAME_LISTS = new Set(['countries', 'subjectCountries', 'donors', 'partners', 'themes']);
const NUMBERS = new Set(['year', 'value', 'asOf', 'since', 'longitude', 'latitude', 'period.start', 'period.end']);
const BOOLEAN = /(^|\.)possibleMatch$/;
/** Empty in a new record's cell but required: what an empty cell means there. */
const EMPTY_MEANS: Record<string, Json> = { countries: [], qualifier: '' };

function flatten(value: Json, path: string, out: Map<string, string>): void {
  if (Array.isArray(value) && NAME_LISTS.has(path)) out.set(path, value.join(LIST_SEPARATOR));
  else if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${path}.${i + 1}`, out));
  else if (typeof value === 'object' && value !== null) for (const [key, field] of Object.entries(value)) flatten(field, path ? `${path}.${key}` : key, out);
  else out.set(path, String(value));
}

/** Columns in the order fields first appear, a numbered list's entries side by side in number order. */
function columnsOf(rows: Map<string, string>[]): string[] {
  const seen: string[] = [];
  for (const row of rows) for (const path of row.keys()) if (!seen.includes(path)) seen.push(path);
  const top = (path: string) => seen.findIndex((p) => p.split('.')[0] === path.split('.')[0]);
  const number = (path: string) => Number(/^[^.]+\.(\d+)/.exec(path)?.[1] ?? 0);
  return seen.map((path, i) => ({ path, i })).sort((a, b) => top(a.path) - top(b.path) || number(a.path) - number(b.path) || a.i - b.i).map((c) => c.path);
}

export function datasetToCsv(records: readonly JsonRecord[]): string {
  const rows = records.map((record) => {
    const out = new Map<string, string>();
    flatten(record, '', out);
    return out;
  });
  const columns = columnsOf(rows);
  return writeCsv([columns, ...rows.map((row) => columns.map((c) => row.get(c) ?? ''))]);
}

function cellValue(column: string, text: string): Json {
  if (NAME_LISTS.has(column)) return text.split(LIST_SEPARATOR.trim()).map((item) => item.trim());
  // What is not a number stays text, so the schema names it: "expected a year as a number, found "20x9"".
  if (NUMBERS.has(column) && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text.trim());
  if (BOOLEAN.test(column) && /^(true|false)$/i.test(text.trim())) return text.trim().toLowerCase() === 'true';
  return text;
}

function place(record: JsonRecord, keys: string[], value: Json): void {
  let node: Json = record;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const nextIsItem = !last && /^\d+$/.test(keys[i + 1]!);
    const container = node as Record<string, Json>;
    const slot = /^\d+$/.test(key) ? Number(key) - 1 : key;
    if (last) (container as Record<string | number, Json>)[slot] = value;
    else {
      (container as Record<string | number, Json>)[slot] ??= nextIsItem ? [] : {};
      node = (container as Record<string | number, Json>)[slot]!;
    }
  });
}

/** Lists built from numbered columns with gaps (entry 2 left blank) closed up. */
function closeGaps(value: Json): Json {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(closeGaps);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, f]) => [k, closeGaps(f)]));
  return value;
}

/** The fields a record of `schema` may have (its object's entries). */
export function fieldNames(schema: v.GenericSchema): string[] {
  const s = schema as unknown as { entries?: Record<string, unknown>; pipe?: v.GenericSchema[] };
  if (s.entries) return Object.keys(s.entries);
  return s.pipe?.[0] ? fieldNames(s.pipe[0]) : [];
}

export interface CsvError {
  /** The spreadsheet's row, counted from 1 with the header row as row 1. */
  row: number;
  column: string;
  message: string;
}

export function formatCsvError(e: CsvError): string {
  return `row ${e.row}, column ${e.column}: ${e.message}`;
}

/**
 * The records of a sheet. Each record with an id of the current file is written in that record's key order; an
 * empty cell where the current record has an empty list or text keeps it. Errors here are the sheet's shape only
 * (unknown columns, a row of the wrong length); the caller checks the records with the validator's checks.
 */
export function csvToDataset(text: string, fields: readonly string[], current: readonly JsonRecord[]): { records: JsonRecord[]; errors: CsvError[] } {
  const [header, ...rows] = readCsv(text);
  const errors: CsvError[] = [];
  if (!header) return { records: [], errors: [{ row: 1, column: '(header)', message: 'expected a header row naming the fields, found an empty file' }] };
  header.forEach((column) => {
    if (!fields.includes(column.split('.')[0]!)) errors.push({ row: 1, column, message: `expected a column named after a field (${fields.join(', ')}), found ${JSON.stringify(column)}` });
  });
  const byId = new Map(current.map((r) => [r['id'], r]));
  const records = rows.map((cells, r) => {
    if (cells.length !== header.length) errors.push({ row: r + 2, column: '(whole row)', message: `expected ${header.length} cells, found ${cells.length}` });
    const record: JsonRecord = {};
    header.forEach((column, c) => {
      const text = cells[c] ?? '';
      if (text !== '') place(record, column.split('.'), cellValue(column, text));
    });
    const template = byId.get(record['id'] as string);
    // By field, not column: a list written in numbered columns ("mapRegions.1") is one field, kept empty as well.
    for (const column of new Set(header.map((h) => h.split('.')[0]!))) {
      if (column in record) continue;
      const kept = template?.[column];
      if ((Array.isArray(kept) && kept.length === 0) || kept === '') record[column] = kept;
      else if (!template && column in EMPTY_MEANS) record[column] = EMPTY_MEANS[column]!;
    }
    return arrangeLike(closeGaps(record), template) as JsonRecord;
  });
  return { records, errors };
}

/** Where in the sheet a validator's problem lies: the record's row and the field's column ("sources.0.quote" is column "sources.1.quote"). */
export function problemCell(problem: Problem, records: readonly JsonRecord[], header: readonly string[]): CsvError {
  const index = Number(/record (\d+)/.exec(problem.record)?.[1] ?? 0) - 1;
  const id = /^"([^"]*)"/.exec(problem.record)?.[1];
  const at = index >= 0 ? index : records.findIndex((r) => r['id'] === id);
  const path = problem.field.replace(/\.(\d+)(?=\.|$)/g, (_, n: string) => `.${Number(n) + 1}`);
  const column = header.find((c) => c === path) ?? header.find((c) => path.startsWith(`${c}.`)) ?? problem.field;
  return { row: at + 2, column, message: formatProblem(problem) };
}
