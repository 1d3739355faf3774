// The offline copy of the app. vite-plugin-offline.ts emits this file as sw.js with VERSION (a hash of the build),
// PRECACHE (every built file, relative to this script) and AtpDatasetCheck (src/lib/offline/dataset-check.ts, the
// app's own schemas, bundled) prepended. Plain JavaScript otherwise.
//
// - The app (hashed assets, the page, the favicon): precached per build under a versioned cache; cache first.
// - The editor (edit.html and editor/, EDITOR_PRECACHE): into the same cache, but only when the editor's page asks
//   (KEEP_EDITOR), so a public visit never downloads it; then the editor too works offline.
// - The pages (navigations): network first, so a new build is seen when online; the cached page when not.
// - The datasets (data/*.json, and their French texts data/*.fr.json, judged as lists only): network first, as a web editor may replace them on the server without a rebuild; the
//   copy from the last visit when offline. When the server's copy differs from that one, the page is told.
//   Only a copy that passes the app's schemas is kept: when the server sends a broken one (or an error), the page gets
//   the last good copy and is told why.
/* global VERSION, PRECACHE, EDITOR_PRECACHE, AtpDatasetCheck */
const SHELL = `atp-shell-${VERSION}`;
// Not versioned: it keeps the datasets last seen across builds, which is what "updated since your last visit" compares.
const DATA = 'atp-data';
const DATA_UPDATED = 'atp:data-updated';
const DATA_KEPT = 'atp:data-kept';

const scoped = (path) => new URL(path, self.registration.scope).href;
const isData = (path) => path.startsWith('data/') && path.endsWith('.json');

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const [shell, data] = await Promise.all([caches.open(SHELL), caches.open(DATA)]);
      await Promise.all(
        PRECACHE.map(async (path) => {
          const key = scoped(path);
          // A dataset kept from an earlier visit stays: it is what a changed server copy is compared with.
          if (isData(path) && (await data.match(key))) return;
          const response = await fetch(key, { cache: 'reload' });
          if (!response.ok) throw new Error(`offline copy: ${path} answered ${response.status}`);
          // A broken dataset is not worth keeping; the app installs without it and keeps the next good one.
          if (isData(path) && !judge(path, await response.clone().text()).ok) return;
          await (isData(path) ? data : shell).put(key, response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

const KEEP_EDITOR = 'atp:keep-editor';

self.addEventListener('message', (event) => {
  if (event.data?.type !== KEEP_EDITOR) return;
  event.waitUntil(caches.open(SHELL).then((shell) => shell.addAll(EDITOR_PRECACHE.map(scoped))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith('atp-shell-') && n !== SHELL).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !request.url.startsWith(self.registration.scope)) return;
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (isData(path)) event.respondWith(dataset(event, path));
  else event.respondWith(asset(request));
});

async function page(request) {
  try {
    // Not cached from here: the cached page must stay the one whose hashed assets this version precached.
    return await fetch(request);
  } catch (error) {
    // The page asked for (the editor's edit.html), else the app's.
    const shell = await caches.open(SHELL);
    const cached = (await shell.match(request, { ignoreSearch: true, ignoreVary: true })) ?? (await shell.match(scoped('index.html'), { ignoreVary: true }));
    if (cached) return cached;
    throw error;
  }
}

async function asset(request) {
  // ignoreVary: a module script asks with an Origin header, the install did not, and the server answers Vary: Origin.
  const cached = await caches.open(SHELL).then((c) => c.match(request, { ignoreSearch: true, ignoreVary: true }));
  return cached ?? fetch(request);
}

async function dataset(event, path) {
  const key = scoped(path);
  const cache = await caches.open(DATA);
  let response;
  try {
    // no-store: a validator kept by the HTTP cache would otherwise hand back the old copy.
    response = await fetch(event.request, { cache: 'no-store' });
  } catch (error) {
    const cached = await cache.match(key, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
  const file = path.slice('data/'.length);
  const verdict = response.ok ? judge(path, await response.clone().text()) : { ok: false, status: response.status };
  if (!verdict.ok) {
    // The last good copy beats an error or a broken file; with none kept, the app shows what it can and names the fault.
    const kept = await cache.match(key, { ignoreVary: true });
    if (!kept) return response;
    event.waitUntil(tell(event.clientId, { type: DATA_KEPT, file, status: verdict.status, problem: verdict.reason }));
    return kept;
  }
  event.waitUntil(keep(cache, key, response.clone(), event.clientId, path));
  return response;
}

/** The app's own verdict on a dataset's text (schemas and parse function bundled from src/lib/offline/dataset-check.ts). */
function judge(path, text) {
  try {
    return AtpDatasetCheck.checkDataset(path.slice('data/'.length), text);
  } catch (error) {
    return { ok: false, reason: String(error) };
  }
}

/** Stores the server's copy; tells the page when it differs from the one kept before. */
async function keep(cache, key, response, clientId, path) {
  const before = await cache.match(key, { ignoreVary: true });
  const [fresh, old] = await Promise.all([response.clone().text(), before ? before.text() : null]);
  await cache.put(key, response);
  if (old === null || old === fresh) return;
  await tell(clientId, { type: DATA_UPDATED, file: path.slice('data/'.length) });
}

/** Posts to the page that asked, or to every page when the request came from none (a preload before the page ran). */
async function tell(clientId, message) {
  const client = clientId ? await self.clients.get(clientId) : undefined;
  const targets = client ? [client] : await self.clients.matchAll({ type: 'window' });
  for (const target of targets) target.postMessage(message);
}
