// The change list a save comes with, in words: "added project ocwar-t; changed milestone natc-see's year 2010 → 2009".
import { describeValue } from '../schema/problem';
import type { Json, JsonRecord } from './record-paths';

/** Leaf fields of a record by dotted path; a list of plain values is one field ("countries": "NG, SN"). */
function leaves(value: Json | undefined, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (value === undefined) return out;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    out.set(prefix, value.length === 0 ? '(none)' : value.join(', '));
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => leaves(item, `${prefix}.${i + 1}`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, field] of Object.entries(value)) leaves(field, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, describeValue(value));
  }
  return out;
}

const idOf = (record: JsonRecord, index: number) => (typeof record['id'] === 'string' && record['id'] ? record['id'] : `record ${index + 1}`);

/** `singular`: what a record is called ("project"). Records are matched by id; one entry per changed field. */
export function changeList(singular: string, before: readonly JsonRecord[], after: readonly JsonRecord[]): string[] {
  const old = new Map(before.map((r, i) => [idOf(r, i), r]));
  const now = new Map(after.map((r, i) => [idOf(r, i), r]));
  const changes: string[] = [];
  for (const [id, record] of now) {
    const was = old.get(id);
    if (!was) {
      changes.push(`added ${singular} ${id}`);
      continue;
    }
    const [a, b] = [leaves(was), leaves(record)];
    for (const path of new Set([...a.keys(), ...b.keys()])) {
      const [from, to] = [a.get(path), b.get(path)];
      if (from === to) continue;
      changes.push(`changed ${singular} ${id}'s ${path} ${from ?? '(none)'} → ${to ?? '(none)'}`);
    }
  }
  for (const id of old.keys()) if (!now.has(id)) changes.push(`removed ${singular} ${id}`);
  const order = (list: readonly JsonRecord[]) => list.map(idOf).filter((id) => old.has(id) && now.has(id)).join('\n');
  if (changes.length === 0 && order(before) !== order(after)) changes.push(`changed the order of the ${singular} records`);
  return changes;
}
