// Work that can wait for the browser to have nothing better to do (Safari has no requestIdleCallback).

/** Runs `task` in the browser's next quiet moment, at the latest after `timeout` ms; returns a cancel. */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}
