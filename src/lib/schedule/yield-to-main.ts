// Long start-up work cut into tasks: between them the browser can paint, and answer a tap or a key, at once.

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a new task. `scheduler.yield()` (Chromium, Firefox) runs the rest of the work ahead of this page's other
 * queued tasks, once the browser has had its turn (input, a frame); elsewhere a message to itself is the quickest new
 * task (a timeout waits at least 4 ms once nested).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
