// Turns the JSON of one data file into typed records, keeping the good ones and naming the bad ones.
import * as v from 'valibot';
import { describeValue, recordLabel, type Problem } from './problem';

export interface Parsed<T> {
  records: T[];
  /**
   * One entry per problem. A record with any problem is left out of `records`, unless every problem lies in an item of
   * one of its lists: then only those items are left out (the problems say `itemDropped`) and the record is kept.
   */
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
    let result = v.safeParse(schema, raw);
    let itemProblems: Problem[] = [];
    if (!result.success) {
      const failed = result.issues;
      // One bad item of a list (a mistyped country code, donor, date) costs that item, not the record.
      const lenient = withoutBadItems(raw, failed);
      const retried = lenient === undefined ? undefined : v.safeParse(schema, lenient);
      if (!retried?.success) {
        for (const issue of failed) problems.push(toProblem(file, record, issue, raw));
        return;
      }
      result = retried;
      itemProblems = failed.map((issue) => ({ ...toProblem(file, record, issue, raw), itemDropped: true as const }));
    }
    const first = seen.get(result.output.id);
    if (first !== undefined) {
      problems.push({ file, record, field: 'id', expected: `an id not used before (record ${first + 1} has it)`, found: describeValue(result.output.id) });
      return;
    }
    seen.set(result.output.id, index);
    records.push(result.output);
    problems.push(...itemProblems);
  });
  return { records, problems };
}

/**
 * The record with each list item that has an issue taken out, when every issue lies inside an item of one of the
 * record's own lists (`countries.3`, `donors.0`, `links.1.url`); otherwise undefined: the record itself is wrong. The
 * caller parses the result again, so a list that must not be empty still refuses the record when its only item goes.
 */
function withoutBadItems(raw: unknown, issues: readonly v.BaseIssue<unknown>[]): Record<string, unknown> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const bad = new Map<string, Set<number>>();
  for (const issue of issues) {
    const [field, item] = issue.path ?? [];
    if (field?.type !== 'object' || item?.type !== 'array' || !Array.isArray(record[String(field.key)])) return undefined;
    const key = String(field.key);
    bad.set(key, (bad.get(key) ?? new Set()).add(Number(item.key)));
  }
  if (bad.size === 0) return undefined;
  const copy = { ...record };
  for (const [key, items] of bad) copy[key] = (record[key] as unknown[]).filter((_, i) => !items.has(i));
  return copy;
}

function toProblem(file: string, record: string, issue: v.BaseIssue<unknown>, raw: unknown): Problem {
  const field = v.getDotPath(issue) ?? '(whole record)';
  // A check on the whole record is forwarded to one field; show that field's value, not the record.
  const found = issue.path ? valueAt(raw, issue.path.map((item) => item.key)) : issue.input;
  // Valibot's own messages start with "Invalid"; ours already read as "expected …" phrases.
  const expected = issue.message.startsWith('Invalid ') ? plainExpected(issue) : issue.message;
  // A raw check (schema/text.ts, the calendar date) says itself what it found: "U+0008 at position 5".
  return { file, record, field, expected, found: issue.type === 'raw_check' && issue.received ? issue.received : describeValue(found) };
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
