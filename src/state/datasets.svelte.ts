// The app's loaded data: one svelte-query per file, created once at the root and shared through context.
import { createQuery, type CreateQueryResult } from '@tanstack/svelte-query';
import { createContext } from 'svelte';
import { atlasQuery, datasetQuery } from '../lib/data/queries';
import { milestonesSpec, officesSpec, projectsSpec, regionsSpec, sourcesSpec, statisticsSpec } from '../lib/schema/datasets';
import type { Parsed } from '../lib/schema/parse';
import type { Fetch } from '../lib/data/load';

export function createDatasets(fetchFn: Fetch = (url) => fetch(url)) {
  return {
    projects: createQuery(() => datasetQuery(projectsSpec, fetchFn)),
    milestones: createQuery(() => datasetQuery(milestonesSpec, fetchFn)),
    regions: createQuery(() => datasetQuery(regionsSpec, fetchFn)),
    statistics: createQuery(() => datasetQuery(statisticsSpec, fetchFn)),
    sources: createQuery(() => datasetQuery(sourcesSpec, fetchFn)),
    offices: createQuery(() => datasetQuery(officesSpec, fetchFn)),
    atlas: createQuery(() => atlasQuery(fetchFn)),
  };
}

export type Datasets = ReturnType<typeof createDatasets>;

export const [getDatasets, setDatasets] = createContext<Datasets>();

/** The good records of a loaded file, or none while it loads or after it failed. */
export function recordsOf<T>(query: CreateQueryResult<Parsed<T>, Error>): T[] {
  return query.data?.records ?? [];
}
