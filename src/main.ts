import { QueryClient } from '@tanstack/svelte-query';
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { atlasQuery, datasetQuery } from './lib/data/queries';
import { projectsSpec, regionsSpec } from './lib/schema/datasets';
import { clearPreview, readPreview } from './prerender/page-preview';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app">');
if (import.meta.env.PROD) void import('./lib/offline/register').then((m) => m.registerOffline());

/**
 * Not top-level await: a module that awaits at its top makes the bundler split what the entry shares with the lazy
 * views into chunks of their own (five more requests on the first load).
 */
async function start(root: HTMLElement) {
  const queryClient = new QueryClient();
  const preview = readPreview(root, document.documentElement);
  if (preview) queryClient.setQueryData(atlasQuery().queryKey, preview.countries);
  if (preview?.visible) {
    // The app takes over the prerendered page where it stands (the element in focus, the scroll position), once the
    // map's files are in so its first render is the page's; a failed file settles too, and the app shows its message.
    // The files are preloaded by the page. Where the data changed on the server since the build, Svelte mends the
    // difference, or renders the page afresh if it cannot.
    await Promise.allSettled([queryClient.prefetchQuery(datasetQuery(projectsSpec)), queryClient.prefetchQuery(datasetQuery(regionsSpec))]);
    root.removeAttribute('data-prerendered');
    hydrate(App, { target: root, props: { queryClient } });
    return;
  }
  // Prerendered for another address or language: hidden by the head script, and replaced.
  if (preview) clearPreview(root);
  mount(App, { target: root, props: { queryClient } });
}

void start(target);
