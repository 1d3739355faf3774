// Reading and writing a field of a record as it is kept in the file (plain JSON), by its dotted path: "period.start",
// "sources.0.quote", "translations.fr.name". Writing nothing (undefined, "") takes the field out, and an object left
// empty with it ("translations": {}), so a cleared field leaves no trace in the file.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonRecord = { [key: string]: Json };

const isObject = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

export function getPath(record: unknown, path: string): Json | undefined {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value as Json | undefined;
}

/** `keepEmpty`: "" is a value here (a statistic's exact figure), not an empty field. */
export function setPath(record: JsonRecord, path: string, value: Json | undefined, keepEmpty = false): void {
  const none = value === undefined || (value === '' && !keepEmpty);
  const keys = path.split('.');
  const parents: JsonRecord[] = [];
  let node: JsonRecord = record;
  for (const key of keys.slice(0, -1)) {
    parents.push(node);
    // A list is walked into as well ("sources.0.quote"); anything else in the way is replaced by an object.
    if (typeof node[key] !== 'object' || node[key] === null) {
      if (none) return;
      node[key] = {};
    }
    node = node[key] as JsonRecord;
  }
  const last = keys.at(-1)!;
  if (none) delete node[last];
  else node[last] = value!;
  // Objects emptied by the removal go too, from the inside out.
  for (let i = keys.length - 2; i >= 0; i--) {
    const parent = parents[i]!;
    const child = parent[keys[i]!];
    if (isObject(child) && Object.keys(child).length === 0) delete parent[keys[i]!];
    else break;
  }
}

/**
 * `value` with its keys in the order `template` has them (new keys after, in their own order), at every depth:
 * a record that comes back from a spreadsheet or a form is written as the file had it, so a diff shows only the edit.
 */
export function arrangeLike(value: Json, template: Json | undefined): Json {
  if (Array.isArray(value)) return value.map((item, i) => arrangeLike(item, Array.isArray(template) ? template[i] : undefined));
  if (!isObject(value)) return value;
  const order = isObject(template) ? Object.keys(template).filter((k) => k in value) : [];
  const keys = [...order, ...Object.keys(value).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, arrangeLike(value[k]!, isObject(template) ? template[k] : undefined)]));
}

/** The file as the repository keeps it: two-space indent, one record after another, a final line break. */
export function formatDataset(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
