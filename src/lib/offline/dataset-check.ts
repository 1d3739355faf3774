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
  // A dataset's French texts (data/<name>.fr.json, lib/data/french.ts) are not its records: a list is all they must
  // be to replace the kept copy; the app skips any entry whose texts fail the record's schema.
  if (ALL_DATASETS.some((s) => file === s.file.replace(/\.json$/, '.fr.json'))) return frenchVerdict(file, text);
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

function frenchVerdict(file: string, text: string): Verdict {
  try {
    if (Array.isArray(JSON.parse(text))) return { ok: true };
  } catch {
    return { ok: false, reason: `${file} is not valid JSON` };
  }
  return { ok: false, reason: `${file} is not a list of records in square brackets [ … ]` };
}
