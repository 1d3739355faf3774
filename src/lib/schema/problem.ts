// A problem found in a dataset, worded for the person who edits the file.
export interface Problem {
  /** The data file, e.g. "projects.json". */
  file: string;
  /** Which record: its id where it has one, and its position (1-based) in the file. */
  record: string;
  /** The field path inside the record, e.g. "period.end" or "countries.2". */
  field: string;
  expected: string;
  found: string;
  /** Only this item of a list was left out (a country code in `countries.3`); the record itself is kept. */
  itemDropped?: true;
}

export function formatProblem(p: Problem): string {
  return `${p.file} → ${p.record} → ${p.field}: expected ${p.expected}, found ${p.found}`;
}

/** Shows what the editor typed, short enough for one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

export function recordLabel(record: unknown, index: number): string {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? `"${id}" (record ${index + 1})` : `record ${index + 1}`;
}
