// The map's datasets' French texts, served apart by the build (data/<name>.fr.json, scripts/public-dataset.ts) so
// English visitors do not download them. Fetched only when the interface is French and laid over the records by id.
import * as v from 'valibot';
import type { DatasetSpec } from '../schema/datasets';
import { dataUrl, fetchJson, type Fetch } from './load';

/** `projects.json` → `projects.fr.json` (as scripts/public-dataset.ts names it). */
export function frenchFile(file: string): string {
  return file.replace(/\.json$/, '.fr.json');
}

/** The French file's entries by id; anything unreadable in it is skipped (the records then show their English). */
export type FrenchTexts = Map<string, unknown>;

export function readFrench(json: unknown): FrenchTexts {
  const texts: FrenchTexts = new Map();
  if (!Array.isArray(json)) return texts;
  for (const entry of json) {
    if (entry !== null && typeof entry === 'object' && typeof entry.id === 'string' && entry.translations) texts.set(entry.id, entry.translations);
  }
  return texts;
}

/**
 * Each record with no translations of its own gets the French file's, when they pass the record's schema for
 * translations. A record carrying translations inline (a full copy of data/ put on the server) keeps them.
 */
export function overlayTranslations<T extends { id: string; translations?: unknown }>(
  records: T[],
  texts: FrenchTexts | undefined,
  schema: DatasetSpec<T>['schema'],
): T[] {
  if (!texts?.size) return records;
  const translations = (schema as { entries?: Record<string, v.GenericSchema> }).entries?.['translations'];
  if (!translations) return records;
  return records.map((record) => {
    if (record.translations !== undefined || !texts.has(record.id)) return record;
    const result = v.safeParse(translations, texts.get(record.id));
    return result.success ? { ...record, translations: result.output } : record;
  });
}

export function frenchQuery<T extends { id: string }>(spec: DatasetSpec<T>, fetchFn: Fetch, enabled: boolean) {
  const file = frenchFile(spec.file);
  return {
    queryKey: ['french', file],
    // A missing or broken file (the dev server has none) is no fault: the records show their inline text or English.
    queryFn: async (): Promise<FrenchTexts> => readFrench(await fetchJson(file, dataUrl(file), fetchFn).catch(() => null)),
    staleTime: Infinity,
    retry: false,
    enabled,
  };
}
