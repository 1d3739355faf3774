// Build time, in Node through Vite's SSR loader: the page for the plain address (no parameters, English), with the
// real datasets and map, as static HTML. The browser paints it before any code has arrived; main.ts then hydrates it.
// Nothing here runs in the browser.
import { QueryClient } from '@tanstack/svelte-query';
import { render } from 'svelte/server';
import App from '../App.svelte';
import { fillIslands, ISLANDS, type IslandRender } from '../components/ui/island';
import { atlasQuery, datasetQuery } from '../lib/data/queries';
import type { Fetch } from '../lib/data/load';
import { ALL_DATASETS, type DatasetSpec } from '../lib/schema/datasets';

/** Throws, naming the file, when a dataset or the map cannot be read: the page then ships without a preview. */
export async function renderPage(fetchFn: Fetch): Promise<string> {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  const queries = [...ALL_DATASETS.map((spec: DatasetSpec<{ id: string }>) => datasetQuery(spec, fetchFn)), atlasQuery(fetchFn)];
  for (const { queryKey, queryFn } of queries) client.setQueryData(queryKey, await queryFn());
  const islands: IslandRender[] = [];
  const page = render(App, { props: { queryClient: client }, context: new Map([[ISLANDS, islands]]) }).body;
  // Each island is hydrated as a root of its own (src/components/ui/island.ts), so it is rendered as one.
  return fillIslands(page, islands, ({ component, props, context }) => render(component, { props, context }).body);
}
