// The copy of a dataset that the build serves: the editors' fields (their reasoning, the hash a translation was made
// from) left out and the JSON written without indentation. The public never needs them, and they cost 1.7 KB gzip of
// the first load. A file that does not parse is served as it is, so the app names its mistake as the validator does.

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
