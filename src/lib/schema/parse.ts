// Turns the JSON of one data file into typed records, keeping the good ones and naming the bad ones.
import * as v from 'valibot';
import { describeValue, recordLabel, type Problem } from './problem';

export interface Parsed<T> {
  records: T[];
  /** One entry per problem; a record with any problem is left out of `records`. */
  problems: Problem[];
  /** Set when the file as a whole is unusable (not a list); then `records` is empty. */
  fatal?: Problem;
}

type RecordSchema<T> = v.GenericSchema<unknown, T>;

export function parseRecords<T extends { id: string }>(file: string, schema: RecordSchema<T>, json: unknown): Parsed<T> {
  if (!Array.isArray(json)) {
    const fatal: Problem = {
      file,
      record: '(whole file)',
      field: '(top level)',
      expected: 'a list of records in square brackets [ … ]',
      found: json === null ? 'null' : typeof json,
    };
    return { records: [], problems: [fatal], fatal };
  }
  const records: T[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  json.forEach((raw, index) => {
    const record = recordLabel(raw, index);
    const result = v.safeParse(schema, raw);
    if (!result.success) {
      for (const issue of result.issues) problems.push(toProblem(file, record, issue, raw));
      return;
    }
    const first = seen.get(result.output.id);
    if (first !== undefined) {
      problems.push({ file, record, field: 'id', expected: `an id not used before (record ${first + 1} has it)`, found: describeValue(result.output.id) });
      return;
    }
    seen.set(result.output.id, index);
    records.push(result.output);
  });
  return { records, problems };
}

function toProblem(file: string, record: string, issue: v.BaseIssue<unknown>, raw: unknown): Problem {
  const field = v.getDotPath(issue) ?? '(whole record)';
  // A check on the whole record is forwarded to one field; show that field's value, not the record.
  const found = issue.path ? valueAt(raw, issue.path.map((item) => item.key)) : issue.input;
  // Valibot's own messages start with "Invalid"; ours already read as "expected …" phrases.
  const expected = issue.message.startsWith('Invalid ') ? plainExpected(issue) : issue.message;
  return { file, record, field, expected, found: describeValue(found) };
}

function plainExpected(issue: v.BaseIssue<unknown>): string {
  if (issue.input === undefined) return 'this field (it is required)';
  if (issue.type === 'object') return 'an object { … }';
  if (issue.type === 'array') return 'a list [ … ]';
  if (issue.type === 'string') return 'a text in quotes';
  return issue.expected ?? issue.message;
}

function valueAt(root: unknown, keys: unknown[]): unknown {
  let value = root;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[String(key)];
  }
  return value;
}
