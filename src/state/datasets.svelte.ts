// The app's loaded data: one svelte-query per file, created once at the root and shared through context.
import { createQuery, type CreateQueryResult } from '@tanstack/svelte-query';
import { createContext } from 'svelte';
import { atlasQuery, datasetQuery } from '../lib/data/queries';
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
export function createDatasets(fetchFn: Fetch = (url) => fetch(url)) {
  const projects = createQuery(() => datasetQuery(projectsSpec, fetchFn));
  const regions = createQuery(() => datasetQuery(regionsSpec, fetchFn));
  const offices = createQuery(() => datasetQuery(officesSpec, fetchFn));
  const atlas = createQuery(() => atlasQuery(fetchFn));
  // Every query's isPending is read (no short-circuit), so svelte-query reports each one's arrival.
  const mapSettled = () => ![projects, regions, offices, atlas].map((q) => q.isPending).includes(true);
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

export type Datasets = ReturnType<typeof createDatasets>;

export const [getDatasets, setDatasets] = createContext<Datasets>();

/** The good records of a loaded file, or none while it loads or after it failed. */
export function recordsOf<T>(query: CreateQueryResult<Parsed<T>, Error>): T[] {
  return query.data?.records ?? [];
}
