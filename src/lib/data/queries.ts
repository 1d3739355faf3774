// svelte-query options for the datasets and the map geometry.
import atlasUrl from '../geo/countries-110m.projected.json?url';
import type { DatasetSpec } from '../schema/datasets';
import { countriesFromTopology, measureCountries } from '../geo/map-geometry';
import { parseTopology } from '../geo/topology';
import { DatasetError, fetchJson, loadDataset, type Fetch } from './load';

// A broken file will not mend itself on a second try; a dropped connection might.
function retry(failures: number, error: Error): boolean {
  return failures < 1 && !(error instanceof DatasetError && /answered|JSON|expected/.test(error.message));
}

export function datasetQuery<T extends { id: string }>(spec: DatasetSpec<T>, fetchFn: Fetch = fetch) {
  return {
    queryKey: ['dataset', spec.file],
    queryFn: () => loadDataset(spec, fetchFn),
    staleTime: Infinity,
    retry,
  };
}

export const ATLAS_FILE = 'world map (countries-110m.projected.json)';

export function atlasQuery(fetchFn: Fetch = fetch) {
  return {
    queryKey: ['atlas', atlasUrl],
    queryFn: async () => measureCountries(countriesFromTopology(parseTopology(ATLAS_FILE, await fetchJson(ATLAS_FILE, atlasUrl, fetchFn)))),
    staleTime: Infinity,
    retry,
  };
}
