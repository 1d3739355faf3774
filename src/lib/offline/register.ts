// Installs the service worker that keeps the app, its datasets and its map for use with no network (public build only).
// Loaded with import() from main.ts, so the first load does not carry it.

/** After the page has loaded: installing fetches every file once more, and must not compete with the first paint. */
export function registerOffline(scriptUrl = './sw.js'): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register(scriptUrl).catch(() => {});
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
