import { QueryClient } from '@tanstack/svelte-query';
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { atlasQuery, datasetQuery } from './lib/data/queries';
import { listenForDataUpdates } from './lib/offline/messages';
import { milestonesSpec, projectsSpec, regionsSpec, statisticsSpec, type DatasetSpec } from './lib/schema/datasets';
import { yieldToMain } from './lib/schedule/yield-to-main';
import { clearPreview, ensureStyles, isPreviewShown, readPreview } from './prerender/page-preview';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app">');
if (import.meta.env.PROD) void import('./lib/offline/register').then((m) => m.registerOffline());

/**
 * Not top-level await: a module that awaits at its top makes the bundler split what the entry shares with the lazy
 * views into chunks of their own (five more requests on the first load).
 */
async function start(root: HTMLElement) {
  // Not in the task that evaluated the code (~100 ms at 4× CPU): asking for the files cost that task another ~15 ms,
  // and the map's two are already on their way (the page preloads them).
  await yieldToMain();
  const queryClient = new QueryClient();
  ensureStyles(document);
  listenForDataUpdates();
  // Every file at once, as the app would ask for them; only those the first screen shows are waited for, and only to
  // hydrate. Those are asked for without a retry, so a failure is known at once (the app's own query retries it): a
  // query that subscribes while a fetch is under way shares that fetch's retry policy.
  const prefetch = (spec: DatasetSpec<{ id: string }>, once = false) => queryClient.prefetchQuery(once ? { ...datasetQuery(spec), retry: false } : datasetQuery(spec));
  const shown = isPreviewShown(root, document.documentElement);
  const mapFiles: DatasetSpec<{ id: string }>[] = [projectsSpec, regionsSpec];
  const mapLoads = mapFiles.map((spec) => prefetch(spec, shown));
  void prefetch(milestonesSpec);
  // FIRST_SCREEN_DATASETS: the stated totals are on the prerendered page too (the line under the filters).
  const statedLoad = prefetch(statisticsSpec, shown);
  // The start-up is cut into tasks (evaluating the code; reading the page's outlines; hydrating), so none of them
  // holds the page for long: a tap or a key between them is answered at once.
  await yieldToMain();
  const preview = readPreview(root, document.documentElement);
  if (preview) queryClient.setQueryData(atlasQuery().queryKey, preview.countries);
  // Outlines that could not be read (a host rewrote the page): the geometry file instead, asked for at once.
  else void queryClient.prefetchQuery(atlasQuery());
  // Waited for even when the outlines could not be read: the first screen's files were asked for without a retry, so
  // one that failed fails before the app mounts, and the app's query asks for it again.
  if (shown) await Promise.allSettled([...mapLoads, statedLoad]);
  if (preview?.visible) {
    // The app takes over the prerendered page where it stands (the element in focus, the scroll position), once the
    // first screen's files are in so its first render is the page's. A map file that failed replaces the page (below);
    // the stated totals failing only takes their line away. Where the data changed on the server since the build,
    // Svelte mends the difference.
    const failed = mapFiles.some((spec) => queryClient.getQueryState(datasetQuery(spec).queryKey)?.status === 'error');
    if (!failed) {
      // The files were read and checked in the task they arrived in; the hydration gets a task of its own.
      await yieldToMain();
      root.removeAttribute('data-prerendered');
      hydrate(App, { target: root, props: { queryClient } });
      return;
    }
    // A map file failed: the page it shows is not what the app can show, so the app draws its own, with the message.
  }
  // Prerendered for another address or language (hidden by the head script), not what the data allow, or not
  // readable: replaced.
  if (root.hasAttribute('data-prerendered')) clearPreview(root);
  mount(App, { target: root, props: { queryClient } });
}

void start(target);
