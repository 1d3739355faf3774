// What the benchmark installs in the page before any of the app's scripts run. Everything here runs in the browser
// and must be self-contained (Playwright serialises the function). Times are ms from navigation start.

export interface Probe {
  marks: Record<string, number>;
  longTasks: [start: number, duration: number][];
  fcp: number | null;
  /** Starts collecting requestAnimationFrame deltas; the returned function stops and returns them. */
  recordFrames(): () => number[];
  /**
   * Waits for the first `eventType` event after this call, then for `selector` to match, then for the next
   * animation frame. Resolves with ms from the event's timeStamp to that frame, or null after `timeoutMs`.
   */
  armAppear(eventType: string, selector: string, timeoutMs: number): void;
  /** Waits for the first `eventType` event, then for the next animation frame after its handlers ran. */
  armNextFrame(eventType: string, timeoutMs: number): void;
  /** Focuses `el` and measures to the next animation frame after the first DOM change it causes (or after the focus, when none comes). */
  armFocus(el: HTMLElement, timeoutMs: number): void;
  pending: Promise<Latency | null> | null;
  /**
   * Resolves with the marks once every name in `names` is marked, or once `settled` of them are and no other has come
   * for `quietMs`, or after `timeoutMs`. Awaited over the DevTools protocol: polling with Playwright's evaluate would
   * run its injected scripts on the page's main thread during the very load being measured.
   */
  whenMarked(names: string[], settled: string[], quietMs: number, timeoutMs: number): Promise<Record<string, number>>;
}

export interface Latency {
  /** From the event to the start of the next animation frame after the DOM showed the result. */
  toFrame: number;
  /** From the event to just after that frame was produced (a task queued from the rAF callback). */
  toPaint: number;
  /** Whether the DOM changed before that frame (focus: a highlight; filter: the map's colours). */
  changed: boolean;
  /**
   * Hover only: animation frames from the event's dispatch to the frame that shows the answer; 1 = the first frame
   * after the handler, "within one frame". Unlike toFrame it leaves out the wait between the hardware timestamp and
   * the dispatch, which Chromium aligns to the next frame for pointermove whatever the page does.
   */
  frames?: number;
}

declare global {
  interface Window {
    __bench: Probe;
  }
}

export function installProbe() {
  const markWaiters: (() => void)[] = [];
  /**
   * Counts animation frames from now until stopped. Started before any callback the measured answer may queue, so its
   * callback runs first in each frame: 1 when read in the first frame after the start.
   */
  const countFrames = () => {
    let frames = 0;
    let on = true;
    const tick = () => {
      frames++;
      if (on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return { count: () => frames, stop: () => (on = false) };
  };
  const probe: Probe = {
    whenMarked(names, settled, quietMs, timeoutMs) {
      return new Promise((resolve) => {
        let quiet: ReturnType<typeof setTimeout> | undefined;
        let resolved = false;
        const done = () => {
          resolved = true;
          clearTimeout(quiet);
          clearTimeout(timer);
          resolve({ ...probe.marks });
        };
        const timer = setTimeout(done, timeoutMs);
        const check = () => {
          if (resolved) return;
          if (names.every((n) => probe.marks[n] !== undefined)) return done();
          if (settled.every((n) => probe.marks[n] !== undefined)) {
            clearTimeout(quiet);
            quiet = setTimeout(done, quietMs);
          }
          markWaiters.push(check);
        };
        check();
      });
    },
    marks: {},
    longTasks: [],
    fcp: null,
    pending: null,
    recordFrames() {
      const deltas: number[] = [];
      let last: number | null = null;
      let on = true;
      const loop = (t: number) => {
        if (last !== null) deltas.push(t - last);
        last = t;
        if (on) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      return () => {
        on = false;
        return deltas;
      };
    },
    armAppear(eventType, selector, timeoutMs) {
      probe.pending = new Promise((resolve) => {
        let t0: number | null = null;
        let frames: ReturnType<typeof countFrames> | null = null;
        const onEvent = (e: Event) => {
          if (t0 === null) {
            t0 = e.timeStamp;
            frames = countFrames();
          }
          check();
        };
        const observer = new MutationObserver(() => check());
        const finish = (result: Latency | null) => {
          frames?.stop();
          clearTimeout(timer);
          observer.disconnect();
          removeEventListener(eventType, onEvent, true);
          resolve(result);
        };
        const check = () => {
          if (t0 === null || !document.querySelector(selector)) return;
          const start = t0;
          observer.disconnect();
          requestAnimationFrame(() => {
            const toFrame = performance.now() - start;
            const inFrames = frames?.count();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => finish({ toFrame, toPaint: performance.now() - start, changed: true, frames: inFrames });
            channel.port2.postMessage(0);
          });
        };
        const timer = setTimeout(() => finish(null), timeoutMs);
        addEventListener(eventType, onEvent, true);
        // Attributes too: a tooltip that stays mounted appears by taking its role.
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'hidden', 'aria-hidden'] });
      });
    },
    armNextFrame(eventType, timeoutMs) {
      probe.pending = new Promise((resolve) => {
        let changed = false;
        const observer = new MutationObserver(() => (changed = true));
        const onEvent = (e: Event) => {
          removeEventListener(eventType, onEvent, true);
          clearTimeout(timer);
          const start = e.timeStamp;
          observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
          // Queued during the event, so it runs in the first frame after the handlers and Svelte's flush.
          requestAnimationFrame(() => {
            const toFrame = performance.now() - start;
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              observer.disconnect();
              resolve({ toFrame, toPaint: performance.now() - start, changed });
            };
            channel.port2.postMessage(0);
          });
        };
        const timer = setTimeout(() => {
          removeEventListener(eventType, onEvent, true);
          resolve(null);
        }, timeoutMs);
        addEventListener(eventType, onEvent, true);
      });
    },
    armFocus(el, timeoutMs) {
      probe.pending = new Promise((resolve) => {
        const start = performance.now();
        let changed = false;
        let first: Latency | null = null;
        const frames = countFrames();
        const afterFrame = (then: (l: Latency) => void) =>
          requestAnimationFrame(() => {
            const toFrame = performance.now() - start;
            const inFrames = frames.count();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => then({ toFrame, toPaint: performance.now() - start, changed, frames: inFrames });
            channel.port2.postMessage(0);
          });
        const finish = (l: Latency | null) => {
          frames.stop();
          clearTimeout(timer);
          observer.disconnect();
          resolve(l);
        };
        const observer = new MutationObserver(() => {
          if (changed) return;
          changed = true;
          // A change after the first frame (a delayed highlight) is measured to the frame after it.
          if (first) afterFrame(finish);
        });
        observer.observe(document.body, { subtree: true, attributes: true, childList: true, attributeFilter: ['class', 'aria-current', 'data-highlighted'] });
        // No DOM change at all within the time: the focus ring is the only feedback, painted in the first frame.
        const timer = setTimeout(() => finish(first), timeoutMs);
        el.focus();
        afterFrame((l) => {
          first = l;
          if (changed) finish(l);
        });
      });
    },
  };
  window.__bench = probe;
  const watch = (type: string, take: (e: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
    } catch {
      // An entry type this browser does not support stays empty.
    }
  };
  watch('longtask', (e) => probe.longTasks.push([e.startTime, e.duration]));
  watch('paint', (e) => {
    if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
  });
  watch('mark', (e) => {
    probe.marks[e.name] ??= e.startTime;
    markWaiters.splice(0).forEach((check) => check());
  });
}
