// One benchmark run: a fresh browser, one page load under a throttling profile, then scripted interactions.
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { installProbe, type Latency, type Probe } from './probe';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export type ProfileName = 'cpu' | 'slow4g';
export const PROFILES: Record<ProfileName, { label: string; cpu: number; network?: { latency: number; downKbps: number; upKbps: number } }> = {
  cpu: { label: '4× CPU', cpu: 4 },
  slow4g: { label: '4× CPU + slow 4G', cpu: 4, network: { latency: 150, downKbps: 1600, upKbps: 750 } },
};

/**
 * map:ready is when the map is on screen (the prerendered page's, src/prerender/); map:interactive when the live map has
 * replaced it. The timeline and the figures are drawn when the visitor comes to them (LazySection): their marks come
 * in the load only when they are on screen or near it, else after the run scrolls to them.
 */
export const READY_MARKS = ['map:ready', 'map:interactive', 'timeline:ready', 'counters:ready'] as const;
/** The views below the map, by section id, and the mark each sets once drawn. */
const BELOW = [
  ['timeline', 'timeline:ready'],
  ['figures', 'counters:ready'],
] as const;
/**
 * Long tasks count until this long after navigation at least, as Lighthouse counts until the page has been quiet for a
 * while: work put off to an idle moment after the last ready mark is still counted.
 */
const LOAD_WINDOW_MS = 5000;
type Category = 'js' | 'css' | 'datasets' | 'geometry' | 'other';

export interface FrameStats {
  p50: number;
  p95: number;
  over33: number;
  frames: number;
}

export interface RunResult {
  bytes: Record<Category | 'total', number>;
  /** Compressed bytes that had arrived when the map was drawn: what the first view actually waited for. */
  bytesBeforeMap: number | null;
  /** When the last of the files the map waits for (HTML, entry code, style, the map's data and geometry) arrived: the network's share of map:ready. */
  lastByteBeforeMap: number | null;
  requests: number;
  ready: Record<(typeof READY_MARKS)[number], number | null>;
  fcp: number | null;
  /** Total blocking time as Lighthouse counts it: the part of each long task over 50 ms after first contentful paint. */
  tbt: number | null;
  /** The same, until the live map was in place: the share of the map's start-up. */
  tbtBeforeInteractive: number | null;
  /** Every long task's excess over 50 ms from navigation (the first paint's own parsing and layout included), in the same window. */
  tbtFromNavigation: number;
  longTasks: number;
  /** Each counted long task as [start, duration] in ms, to see which part of the load blocks. */
  longTaskList: [number, number][];
  heapMB: number;
  /** The same fixed JS work timed on a blank page under this run's CPU slowdown: how fast the machine was at the time. */
  calibrationMs: number;
  mapHover: Latency | null;
  timelineHover: (Latency & { method: 'hover-tooltip' | 'focus-highlight' | 'focus-ring' }) | null;
  filter: Latency | null;
  /** Clicking Nigeria on the map until its panel's heading is drawn (median of 3; at 100× it lists ~3,000 projects). */
  openCountry: Latency | null;
  mapZoom: FrameStats | null;
  timelineZoom: FrameStats | null;
  /**
   * Each view below the map, drawn when the run scrolls to it: ms from the scroll to its ready mark, and the blocking
   * time (as above) from the scroll to 1 s after the last view drawn by then. Null where the view was already drawn, in
   * the load or with the view above it.
   */
  onScroll: Record<(typeof BELOW)[number][0], { ready: number | null; blocking: number } | null>;
  errors: string[];
}

/**
 * A fixed piece of work (objects made, sorted, read), timed in the page before it loads: this machine's speed swings
 * by 2× from one hour to the next (other tenants), and a run's timings are read against it.
 */
const CALIBRATION = () => {
  const start = performance.now();
  const items: { k: number; s: string }[] = [];
  for (let i = 0; i < 20_000; i++) items.push({ k: (i * 2654435761) % 1000003, s: `item ${i}` });
  items.sort((a, b) => a.k - b.k);
  let length = 0;
  for (const item of items) length += item.s.length;
  return length > 0 ? performance.now() - start : NaN;
};

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const median = (xs: number[]) => {
  const s = xs.toSorted((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = xs.toSorted((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

export function frameStats(deltas: number[]): FrameStats | null {
  if (deltas.length === 0) return null;
  return { p50: percentile(deltas, 50), p95: percentile(deltas, 95), over33: deltas.filter((d) => d > 33.4).length, frames: deltas.length };
}

function categoryOf(url: string): Category {
  const path = new URL(url).pathname;
  if (/\/data\/[^/]+\.json$/.test(path)) return 'datasets';
  if (/\/countries-[^/]*\.json$/.test(path)) return 'geometry';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  return 'other';
}

/** Compressed bytes per request, as Chromium counts them on the wire (headers included). */
async function recordTransfers(cdp: CDPSession) {
  const urls = new Map<string, string>();
  const sizes = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return () => {
    const bytes = { js: 0, css: 0, datasets: 0, geometry: 0, other: 0, total: 0 };
    for (const [id, size] of sizes) {
      const url = urls.get(id);
      if (!url || !url.startsWith('http')) continue;
      bytes[categoryOf(url)] += size;
      bytes.total += size;
    }
    return { bytes, requests: sizes.size };
  };
}

async function waitForMarks(cdp: CDPSession, timeoutMs: number): Promise<Record<string, number>> {
  // A view that never marks itself ready (not built yet) is recorded as n/a once the others have settled.
  const expression = `window.__bench.whenMarked(${JSON.stringify(READY_MARKS)}, ['map:ready', 'map:interactive'], 3000, ${timeoutMs})`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(`waiting for the ready marks: ${exceptionDetails.text}`);
  return result.value as Record<string, number>;
}

/** Evaluates in the page over the DevTools protocol, without Playwright's injected scripts (they cost main-thread time). */
async function inPage<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
  return result.value as T;
}

async function latency(page: Page, act: () => Promise<unknown>): Promise<Latency | null> {
  await act();
  return page.evaluate(() => window.__bench.pending);
}

/** The map's own <svg>: the first in #map may be a button's icon. Older builds (bench before/after) have no describedby. */
async function mapSvg(page: Page) {
  const described = page.locator('#map svg[aria-describedby="map-in-words"]');
  return (await described.count()) > 0 ? described : page.locator('#map svg').first();
}

async function mapHover(page: Page): Promise<Latency | null> {
  const svg = await mapSvg(page);
  const country = page.locator('#map-country-NG');
  if ((await country.count()) === 0) return null;
  await svg.scrollIntoViewIfNeeded();
  const s = (await svg.boundingBox())!;
  const c = (await country.boundingBox())!;
  const samples: number[] = [];
  const frames: number[] = [];
  let last: Latency | null = null;
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(s.x + 4, s.y + s.height / 2); // the ocean: no tooltip
    await sleep(250);
    await page.evaluate(() => window.__bench.armAppear('pointermove', '#map [role=tooltip]', 3000));
    last = await latency(page, () => page.mouse.move(c.x + c.width / 2 + i, c.y + c.height / 2));
    if (last) samples.push(last.toFrame);
    if (last?.frames !== undefined) frames.push(last.frames);
    await sleep(150);
  }
  await page.mouse.move(s.x + 4, s.y + s.height / 2);
  return last && { ...last, toFrame: median(samples), frames: frames.length ? Math.max(...frames) : undefined };
}

async function timelineHover(page: Page): Promise<RunResult['timelineHover']> {
  const marks = page.locator('#timeline button[data-id]:visible');
  if ((await marks.count()) === 0) return null;
  const mark = marks.first();
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y - 30 > 0 ? box.y - 30 : box.y + box.height + 30);
  await sleep(200);
  await page.evaluate(() => window.__bench.armAppear('pointermove', '#timeline [role=tooltip]', 800));
  const hover = await latency(page, () => page.mouse.move(box.x + 8, box.y + box.height / 2));
  if (hover) return { ...hover, method: 'hover-tooltip' };
  // No hover tooltip on the timeline: measure what focusing a milestone shows instead.
  const samples: Latency[] = [];
  const count = Math.min(3, await marks.count());
  for (let i = 0; i < count; i++) {
    const handle = await marks.nth(i).elementHandle();
    await page.evaluate((el) => window.__bench.armFocus(el as HTMLElement, 600), handle);
    const l = await page.evaluate(() => window.__bench.pending);
    if (l) samples.push(l);
    await sleep(100);
  }
  if (samples.length === 0) return null;
  const changed = samples.some((s) => s.changed);
  return {
    toFrame: median(samples.map((s) => s.toFrame)),
    toPaint: median(samples.map((s) => s.toPaint)),
    changed,
    frames: Math.max(...samples.map((s) => s.frames ?? 0)),
    method: changed ? 'focus-highlight' : 'focus-ring',
  };
}

async function wheelFrames(page: Page, x: number, y: number): Promise<FrameStats | null> {
  await page.mouse.move(x, y);
  await page.evaluate(() => ((window as unknown as { __stopFrames: () => number[] }).__stopFrames = window.__bench.recordFrames()));
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, i < 10 ? -100 : 100);
    await sleep(40);
  }
  await sleep(300);
  return frameStats(await page.evaluate(() => (window as unknown as { __stopFrames: () => number[] }).__stopFrames()));
}

async function mapZoom(page: Page): Promise<FrameStats | null> {
  const svg = await mapSvg(page);
  await svg.scrollIntoViewIfNeeded();
  const s = (await svg.boundingBox())!;
  // The map takes the wheel only after a click into it; the left edge is ocean.
  await page.mouse.click(s.x + 3, s.y + s.height / 2);
  return wheelFrames(page, s.x + s.width * 0.55, s.y + s.height * 0.45);
}

async function timelineZoom(page: Page): Promise<FrameStats | null> {
  const frame = page.locator('#timeline [data-level]').first();
  if ((await frame.count()) === 0) return null;
  await frame.scrollIntoViewIfNeeded();
  const b = (await frame.boundingBox())!;
  // Pressing inside the frame engages its wheel; the axis strip at the bottom has no buttons.
  await page.mouse.click(b.x + b.width / 2, b.y + b.height - 8);
  return wheelFrames(page, b.x + b.width / 2, b.y + b.height - 8);
}

async function filterChange(page: Page): Promise<Latency | null> {
  // The filters are folded under "Filters (n)"; opening them is not part of the change timed.
  const folded = page.locator('#map details.disclosure:not([open]) > summary');
  if ((await folded.count()) > 0) await folded.click();
  const theme = page.getByRole('combobox', { name: 'Theme', exact: true });
  if ((await theme.count()) === 0) return null;
  await theme.scrollIntoViewIfNeeded();
  const samples: Latency[] = [];
  for (const value of ['research', 'policy', 'partnership', '']) {
    await page.evaluate(() => window.__bench.armNextFrame('change', 3000));
    const l = await latency(page, () => theme.selectOption(value));
    if (l) samples.push(l);
    await sleep(150);
  }
  if (samples.length === 0) return null;
  return { toFrame: median(samples.map((s) => s.toFrame)), toPaint: median(samples.map((s) => s.toPaint)), changed: samples.every((s) => s.changed) };
}

async function openCountry(page: Page): Promise<Latency | null> {
  const country = page.locator('#map-country-NG');
  if ((await country.count()) === 0) return null;
  await country.scrollIntoViewIfNeeded();
  const samples: Latency[] = [];
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.__bench.armAppear('click', '#country-panel-heading', 5000));
    const l = await latency(page, () => country.click());
    if (l) samples.push(l);
    await page.keyboard.press('Escape');
    await expectGone(page, '#country-panel-heading');
    await sleep(300);
  }
  if (samples.length === 0) return null;
  return { toFrame: median(samples.map((s) => s.toFrame)), toPaint: median(samples.map((s) => s.toPaint)), changed: true };
}

async function expectGone(page: Page, selector: string) {
  await page.waitForFunction((s) => !document.querySelector(s), selector, { timeout: 5000 });
}

/**
 * Scrolls the view into sight (as a visitor would, to its top) and times its drawing: scroll → ready mark, and the
 * blocking time from the scroll to 1 s after the last view drawn by then (a view just below comes near with it). Null
 * when the view had been drawn before its scroll: it came with the view above.
 */
async function drawnOnScroll(cdp: CDPSession, id: string, mark: string, timeoutMs: number): Promise<{ ready: number | null; blocking: number } | null> {
  if ((await inPage<number>(cdp, `performance.getEntriesByName(${JSON.stringify(mark)}).length`)) > 0) return null;
  const from = await inPage<number>(cdp, `(document.getElementById(${JSON.stringify(id)}).scrollIntoView({ block: 'start' }), performance.now())`);
  const marks = await cdp.send('Runtime.evaluate', { expression: `window.__bench.whenMarked([${JSON.stringify(mark)}], [${JSON.stringify(mark)}], 0, ${timeoutMs})`, awaitPromise: true, returnByValue: true });
  const at = (marks.result.value as Record<string, number>)[mark] ?? null;
  await sleep(1000);
  const drawn = await inPage<number[]>(cdp, `${JSON.stringify(BELOW.map(([, m]) => m))}.flatMap((m) => performance.getEntriesByName(m).map((e) => e.startTime))`);
  const until = Math.max(at ?? from, ...drawn) + 1000;
  const now = await inPage<number>(cdp, 'performance.now()');
  if (until > now) await sleep(until - now);
  const longTasks = await inPage<[number, number][]>(cdp, 'window.__bench.longTasks');
  const blocking = longTasks.reduce((sum, [start, d]) => sum + Math.max(0, Math.min(start + d, until) - Math.max(start, from) - 50), 0);
  return { ready: at === null ? null : at - from, blocking };
}

async function step<T>(errors: string[], name: string, f: () => Promise<T>): Promise<T | null> {
  try {
    return await f();
  } catch (e) {
    errors.push(`${name}: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** With `cpuProfile`, the load (navigation to the last ready mark + 1 s) is recorded by the V8 sampling profiler, for DevTools. */
export async function run(url: string, profile: ProfileName, cpuProfile?: (profile: unknown) => void, markTimeoutMs = 30_000): Promise<RunResult> {
  const browser = await launch();
  const errors: string[] = [];
  try {
    // A new browser and context each run: empty cache, no code cache, no warmed-up connections.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Vienna' });
    // tsx (esbuild) wraps named functions in __name(); the page needs that helper for serialised functions.
    await context.addInitScript({ content: `globalThis.__name = (f) => f; (${installProbe.toString()})();` });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    const cdp = await context.newCDPSession(page);
    const transfers = await recordTransfers(cdp);
    const p = PROFILES[profile];
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpu });
    if (p.network) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: p.network.latency,
        downloadThroughput: (p.network.downKbps * 1000) / 8,
        uploadThroughput: (p.network.upKbps * 1000) / 8,
      });
    }
    const calibrationMs = await page.evaluate(CALIBRATION);
    if (cpuProfile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'commit' });
    const marks = await waitForMarks(cdp, markTimeoutMs);
    const ready = Object.fromEntries(READY_MARKS.map((m) => [m, marks[m] ?? null])) as RunResult['ready'];
    const lastReady = Math.max(0, ...Object.values(ready).filter((t): t is number => t !== null));
    // Long tasks count until one second after the last view was ready, and for LOAD_WINDOW_MS at least.
    const end = Math.max(lastReady + 1000, LOAD_WINDOW_MS);
    const now = await inPage<number>(cdp, 'performance.now()');
    if (now < end) await sleep(end - now);
    const { longTasks, fcp } = await inPage<Pick<Probe, 'longTasks' | 'fcp'>>(cdp, '({ longTasks: window.__bench.longTasks, fcp: window.__bench.fcp })');
    const counted = longTasks.filter(([start]) => start < end);
    const blocking = (until: number) =>
      fcp === null
        ? null
        : counted.reduce((sum, [start, d]) => {
            // Lighthouse's rule: each task clipped to the window (from first paint), less the 50 ms any task may take.
            const clipped = Math.min(start + d, until) - Math.max(start, fcp);
            return sum + Math.max(0, clipped - 50);
          }, 0);
    const tbt = blocking(end);
    const tbtBeforeInteractive = ready['map:interactive'] === null ? null : blocking(ready['map:interactive']);
    const tbtFromNavigation = counted.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    if (cpuProfile) cpuProfile((await cdp.send('Profiler.stop')).profile);
    const { bytes, requests } = transfers();
    const beforeMap = await page.evaluate((at) => {
      if (at === null) return null;
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
      const needed = entries.filter((e) => e.responseEnd <= at);
      // The files the page itself names (entry code, style) and the map's data and geometry: the bytes the map waits for.
      const named = new Set([location.href, ...[...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('head link[href], script[src]')].map((el) => ('href' in el ? el.href : el.src))]);
      const own = needed.filter((e) => named.has(e.name) || /\/data\/(projects|regions)\.json$|\/assets\/countries-[^/]*\.json$/.test(e.name));
      return { bytes: needed.reduce((sum, e) => sum + e.transferSize, 0), lastByte: own.length > 0 ? Math.max(...own.map((e) => e.responseEnd)) : null };
    }, ready['map:ready']);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');

    // First, before anything else scrolls the page (and brings them near): the views below the map, each drawn as the
    // run scrolls to it. The map's measures then run with every view drawn, as they would for a visitor who has looked.
    const onScroll = {} as RunResult['onScroll'];
    for (const [id, mark] of BELOW) onScroll[id] = ready[mark] !== null ? null : await step(errors, `${id} on scroll`, () => drawnOnScroll(cdp, id, mark, markTimeoutMs));
    await inPage(cdp, 'scrollTo(0, 0)');
    const mapHoverResult = await step(errors, 'map hover', () => mapHover(page));
    const filter = await step(errors, 'filter', () => filterChange(page));
    const openCountryResult = await step(errors, 'open a country', () => openCountry(page));
    const mapZoomResult = await step(errors, 'map zoom', () => mapZoom(page));
    const timelineHoverResult = await step(errors, 'timeline hover', () => timelineHover(page));
    const timelineZoomResult = await step(errors, 'timeline zoom', () => timelineZoom(page));
    return {
      bytes,
      bytesBeforeMap: beforeMap?.bytes ?? null,
      lastByteBeforeMap: beforeMap?.lastByte ?? null,
      requests,
      ready,
      fcp,
      tbt,
      tbtBeforeInteractive,
      tbtFromNavigation,
      longTasks: counted.length,
      longTaskList: counted.map(([start, d]) => [Math.round(start), Math.round(d)]),
      heapMB: heap.usedSize / 2 ** 20,
      calibrationMs,
      mapHover: mapHoverResult,
      timelineHover: timelineHoverResult,
      filter,
      openCountry: openCountryResult,
      mapZoom: mapZoomResult,
      timelineZoom: timelineZoomResult,
      onScroll,
      errors,
    };
  } finally {
    await browser.close();
  }
}
