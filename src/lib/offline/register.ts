// Installs the service worker that keeps the app, its datasets and its map for use with no network (public build only).
// Loaded with import() from main.ts, so the first load does not carry it.
import { whenIdle } from '../schedule/when-idle';

// Not map:ready: the prerendered page marks it before the app has fetched anything (src/prerender/).
const READY_MARKS = ['map:interactive', 'timeline:ready', 'counters:ready'];
/** If no view ever draws (every file failed), offline support still installs this long after the page loaded. */
const FALLBACK_MS = 10_000;

/**
 * Installing fetches every file of the build once more. On a slow network that would compete with the datasets and
 * the map, so it waits until the first view has drawn and the browser is idle.
 */
export function registerOffline(scriptUrl = './sw.js'): void {
  if (!('serviceWorker' in navigator)) return;
  let done = false;
  const register = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(fallback);
    void navigator.serviceWorker.register(scriptUrl).catch(() => {});
  };
  const observer =
    typeof PerformanceObserver === 'function'
      ? new PerformanceObserver((list) => list.getEntries().some((e) => READY_MARKS.includes(e.name)) && whenIdle(register, 3000))
      : null;
  observer?.observe({ type: 'mark', buffered: true });
  const fallback = setTimeout(register, FALLBACK_MS);
}
