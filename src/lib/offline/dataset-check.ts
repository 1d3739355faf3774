// Whether a dataset the server sent may become the offline copy. Bundled into the service worker at build time
// (vite-plugin-offline.ts), so the worker judges a file by the very schemas and parse function the app uses.
import { ALL_DATASETS } from '../schema/datasets';
import { parseRecords } from '../schema/parse';
import { formatProblem } from '../schema/problem';

export type Verdict = { ok: true } | { ok: false; reason: string };

/**
 * Good when it is JSON, a list, and every record passes its schema (a list item dropped with a notice still passes:
 * the app shows the record). A file the app does not load is not judged.
 */
export function checkDataset(file: string, text: string): Verdict {
  const spec = ALL_DATASETS.find((s) => s.file === file);
  if (!spec) return { ok: true };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${file} is not valid JSON` };
  }
  const parsed = parseRecords(spec.file, spec.schema as Parameters<typeof parseRecords<{ id: string }>>[1], json);
  const first = parsed.fatal ?? parsed.problems.find((p) => !p.itemDropped);
  return first ? { ok: false, reason: formatProblem(first) } : { ok: true };
}
