// The copy of a dataset that the build serves: the editors' fields (their reasoning, the hash a translation was made
// from) left out and the JSON written without indentation: the public never needs them, and the map's files are part of
// the first load. Hazard: a field the app reads must never be listed here. A file that does not parse is served as it
// is, so the app names its mistake as the validator does.

/** Fields only the people who keep the data read; the app never shows them. */
export const EDITOR_FIELDS = new Set(['editorNote', 'enHash']);

function withoutEditorFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEditorFields);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !EDITOR_FIELDS.has(key))
      .map(([key, field]) => [key, withoutEditorFields(field)]),
  );
}

export function publicDataset(text: string): string {
  try {
    return JSON.stringify(withoutEditorFields(JSON.parse(text.replace(/^\uFEFF/, ''))));
  } catch {
    return text;
  }
}

/**
 * The served copy split in two: the records without their translations (what an English visitor downloads) and the
 * French texts apart, `[{ "id": …, "translations": { "fr": … } }]` for the records that have any (fetched only when
 * the interface is French: src/lib/data/french.ts), so an English visit does not download them. A file
 * that does not parse, or is not a list, is served as it is with no French file.
 */
export function splitDataset(text: string): { records: string; french: string | null } {
  let json: unknown;
  try {
    json = withoutEditorFields(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return { records: text, french: null };
  }
  if (!Array.isArray(json)) return { records: JSON.stringify(json), french: null };
  const french: { id: unknown; translations: { fr: unknown } }[] = [];
  const records = json.map((record: unknown) => {
    if (record === null || typeof record !== 'object' || !('translations' in record)) return record;
    const { translations, ...rest } = record as Record<string, unknown>;
    const fr = (translations as Record<string, unknown> | null)?.['fr'];
    if (fr !== undefined) french.push({ id: (record as Record<string, unknown>)['id'], translations: { fr } });
    return rest;
  });
  return { records: JSON.stringify(records), french: JSON.stringify(french) };
}

/** `projects.json` → `projects.fr.json`, as the app asks for it (frenchFile in src/lib/data/french.ts). */
export function frenchFile(file: string): string {
  return file.replace(/\.json$/, '.fr.json');
}
