// The app's loaded data: one svelte-query per file, created once at the root and shared through context.
import { createQuery, type CreateQueryResult } from '@tanstack/svelte-query';
import { createContext } from 'svelte';
import { atlasQuery, datasetQuery } from '../lib/data/queries';
import { frenchQuery, overlayTranslations } from '../lib/data/french';
import type { Locale } from '../lib/i18n/languages';
import { milestonesSpec, officesSpec, projectsSpec, regionsSpec, sourcesSpec, statisticsSpec, type DatasetSpec } from '../lib/schema/datasets';
import type { Parsed } from '../lib/schema/parse';
import type { Fetch } from '../lib/data/load';

/**
 * The map's files first (MAP_DATASETS in lib/schema/datasets.ts), the others once those have arrived or failed.
 * Rule: the first load carries only what the map needs to be drawn and to answer; the milestones (the timeline, the
 * panel's milestones, the figures), the stated figures and the source names follow. Hazard: a view that reads a later
 * file waits for it behind its placeholder (DatasetGate); a file the map starts to need must move into MAP_DATASETS,
 * or the map answers without it until it arrives.
 */
export function createDatasets(fetchFn: Fetch = (url) => fetch(url), locale: () => Locale = () => 'en') {
  const projects = withFrench(projectsSpec, fetchFn, locale);
  const regions = withFrench(regionsSpec, fetchFn, locale);
  const offices = withFrench(officesSpec, fetchFn, locale);
  const atlas = createQuery(() => atlasQuery(fetchFn));
  const mapSettled = () => settled(projects, regions, offices, atlas);
  const later = <T extends { id: string }>(spec: DatasetSpec<T>) => createQuery(() => ({ ...datasetQuery(spec, fetchFn), enabled: mapSettled() }));
  return {
    projects,
    milestones: later(milestonesSpec),
    regions,
    statistics: later(statisticsSpec),
    sources: later(sourcesSpec),
    offices,
    atlas,
  };
}

/**
 * A map file's query with its French texts laid over its records (lib/data/french.ts): the build serves them apart
 * (data/<name>.fr.json), fetched once the interface is asked for in French and kept when it goes back to English, so
 * the switch never reloads a dataset. While they load in French the file counts as pending, so the map is first drawn
 * in French, not in English then French. Without them (the dev server, a broken file) the records are as served.
 */
function withFrench<T extends { id: string; translations?: unknown }>(spec: DatasetSpec<T>, fetchFn: Fetch, locale: () => Locale) {
  const query = createQuery(() => datasetQuery(spec, fetchFn));
  const french = createQuery(() => frenchQuery(spec, fetchFn, locale() === 'fr'));
  // Both queries' fields are read every time (no short-circuit): svelte-query reports changes only to fields read.
  const data = $derived.by(() => {
    const [parsed, texts] = [query.data, french.data];
    return parsed && texts ? { ...parsed, records: overlayTranslations(parsed.records, texts, spec.schema) } : parsed;
  });
  const isPending = $derived([query.isPending, french.isPending && locale() === 'fr'].includes(true));
  return new Proxy(query, {
    get: (target, key) => (key === 'data' ? data : key === 'isPending' ? isPending : Reflect.get(target, key)),
  });
}

export type Datasets = ReturnType<typeof createDatasets>;

/**
 * None of these files is still on its way: each has arrived or failed. Every query's isPending is read, never
 * short-circuited: svelte-query reports changes only to the fields that were read.
 */
export function settled(...queries: { isPending: boolean }[]): boolean {
  return !queries.map((q) => q.isPending).includes(true);
}

export const [getDatasets, setDatasets] = createContext<Datasets>();

/** The good records of a loaded file, or none while it loads or after it failed. */
export function recordsOf<T>(query: CreateQueryResult<Parsed<T>, Error>): T[] {
  return query.data?.records ?? [];
}
