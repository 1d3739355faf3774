// The editor's data: each file as the repository keeps it (plain JSON, edited in place by the forms), the source
// texts the quotes are checked against, and the validator's verdict on the whole, recomputed as the editor types.
import { changeList } from '../lib/editor/change-list';
import { EDITABLE, editable } from '../lib/editor/form-fields';
import { arrangeLike, formatDataset, type Json, type JsonRecord } from '../lib/editor/record-paths';
import { checkDatasets, type CheckResult } from '../lib/schema/check-datasets';
import { SHOW_FILE } from '../lib/schema/show';

/** Where the build puts the repository's copies for the editor (vite-plugin-editor.ts), relative to edit.html. */
export const EDITOR_DATA = 'editor/data/';
export const EDITOR_SEEDS = 'editor/seeds/';
export const FILES = [...EDITABLE.map((d) => d.file), SHOW_FILE];

/** A plain copy of live (proxied) state; typed loosely because the JSON type is too deep for $state.snapshot's. */
export function plain<T>(value: T): T {
  return $state.snapshot(value as unknown) as T;
}

export interface SavedFile {
  file: string;
  text: string;
  changes: string[];
}

export class EditorState {
  /** Each file's records (show.json: its object), edited in place. */
  data: Record<string, Json> = $state({});
  /** Each file's text as opened: what a save is compared with. */
  originals: Record<string, string> = $state.raw({});
  /** The source texts by file name. */
  seeds: Record<string, string> = $state.raw({});
  status: 'loading' | 'ready' | 'failed' = $state('loading');
  message = $state('');

  /** A plain copy of the data, for the checks and the preview (they must not hold the forms' live objects). */
  snapshot: Record<string, Json> = $derived(plain(this.data));
  check: CheckResult = $derived(checkDatasets(this.snapshot, (name) => this.seeds[name]));
  errors = $derived(this.check.problems.length);

  records(file: string): JsonRecord[] {
    return (this.data[file] ?? []) as JsonRecord[];
  }

  /** Opens a file's text (from the site or the disk); a file that is not JSON is refused with the reason. */
  open(file: string, text: string): string | null {
    let json: Json;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
    } catch (error) {
      return `${file} is not valid JSON (${(error as Error).message}); it was not opened.`;
    }
    this.data[file] = json;
    this.originals = { ...this.originals, [file]: text };
    return null;
  }

  addSeed(name: string, text: string) {
    this.seeds = { ...this.seeds, [name]: text };
  }

  async loadFromSite(fetchFn: typeof fetch = fetch): Promise<void> {
    this.status = 'loading';
    try {
      const texts = await Promise.all(
        FILES.map(async (file) => {
          // The show is optional: a site without show.json (or offline, where only the files the build had are kept) has none.
          const response = await fetchFn(`${EDITOR_DATA}${file}`).catch((error: unknown) => {
            if (file === SHOW_FILE) return new Response(null, { status: 404 });
            throw error;
          });
          if (!response.ok) {
            if (file === SHOW_FILE) return null;
            throw new Error(`${file}: the server answered ${response.status}`);
          }
          return [file, await response.text()] as const;
        }),
      );
      for (const entry of texts) if (entry) this.open(entry[0], entry[1]);
      const documents = this.records('sources.json');
      const seeds = await Promise.all(
        documents.map(async (d) => {
          const response = await fetchFn(`${EDITOR_SEEDS}${String(d['file'])}`);
          return response.ok ? ([String(d['file']), await response.text()] as const) : null;
        }),
      );
      for (const entry of seeds) if (entry) this.addSeed(entry[0], entry[1]);
      this.status = 'ready';
    } catch (error) {
      this.status = 'failed';
      this.message = `The site's data files could not be opened (${(error as Error).message}). Open them from your disk instead.`;
    }
  }

  /** The files that differ from what was opened, written as the repository keeps them, each with its change list. */
  saved(): SavedFile[] {
    const out: SavedFile[] = [];
    for (const file of Object.keys(this.data)) {
      const before = this.originals[file] ? (JSON.parse(this.originals[file].replace(/^\uFEFF/, '')) as Json) : null;
      const now = this.snapshot[file]!;
      let text: string;
      let changes: string[];
      if (Array.isArray(now)) {
        const old = Array.isArray(before) ? (before as JsonRecord[]) : [];
        const dataset = editable(file);
        const byId = new Map(old.map((r) => [r['id'], r]));
        // Each record's keys in the order the file had them, a new record's in the order of a blank one.
        const arranged = (now as JsonRecord[]).map((r) => arrangeLike(r, byId.get(r['id']) ?? dataset.blank()) as JsonRecord);
        text = formatDataset(arranged);
        changes = changeList(dataset.singular, old, arranged);
      } else {
        text = formatDataset(arrangeLike(now, before ?? undefined));
        changes = ['changed the show'];
      }
      if (text !== this.originals[file]) out.push({ file, text, changes });
    }
    return out;
  }
}
