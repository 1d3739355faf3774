// Medians over runs, and the table printed to stdout.
import type { RunResult } from './run';

/** The issue's goal for a row, where it sets one (measured with 4× CPU and slow 4G). */
export type Row = [label: string, pick: (r: RunResult) => number | null | undefined, unit: 'KB' | 'ms' | 'MB' | 'n' | 'text', goal?: string];

const kb = (n: number) => n / 1000;

export const ROWS: Row[] = [
  ['transfer total', (r) => kb(r.bytes.total), 'KB'],
  ['  JS', (r) => kb(r.bytes.js), 'KB'],
  ['  CSS', (r) => kb(r.bytes.css), 'KB'],
  ['  datasets', (r) => kb(r.bytes.datasets), 'KB'],
  ['  map geometry', (r) => kb(r.bytes.geometry), 'KB'],
  ['  other (html, icon)', (r) => kb(r.bytes.other), 'KB'],
  ['transfer before map:ready', (r) => (r.bytesBeforeMap === null ? null : kb(r.bytesBeforeMap)), 'KB', '≤ 120 KB'],
  ['first contentful paint', (r) => r.fcp, 'ms'],
  ['map:ready', (r) => r.ready['map:ready'], 'ms', '≤ 1200 ms'],
  ['  its files all in (network)', (r) => r.lastByteBeforeMap, 'ms'],
  ['map:interactive (live map in place)', (r) => r.ready['map:interactive'], 'ms'],
  ['timeline:ready in the load (if drawn there)', (r) => r.ready['timeline:ready'], 'ms'],
  ['counters:ready in the load (if drawn there)', (r) => r.ready['counters:ready'], 'ms'],
  ['total blocking time (after FCP)', (r) => r.tbt, 'ms', '< 100 ms'],
  ['  of it before map:interactive', (r) => r.tbtBeforeInteractive, 'ms'],
  ['  every long task from navigation', (r) => r.tbtFromNavigation, 'ms'],
  ['  long tasks counted', (r) => r.longTasks, 'n'],
  ['timeline: scroll to it → ready', (r) => r.onScroll?.timeline?.ready, 'ms'],
  ['  blocking time while drawn (and any view with it)', (r) => r.onScroll?.timeline?.blocking, 'ms'],
  ['figures: scroll to them → ready (n/a: came with the timeline)', (r) => r.onScroll?.figures?.ready, 'ms'],
  ['  blocking time while they are drawn', (r) => r.onScroll?.figures?.blocking, 'ms'],
  ['JS heap after load (GC)', (r) => r.heapMB, 'MB'],
  ['machine check: fixed JS work, before load', (r) => r.calibrationMs, 'ms'],
  ['map hover → tooltip frame', (r) => r.mapHover?.toFrame, 'ms'],
  ['map hover: frames to tooltip (worst)', (r) => r.mapHover?.frames, 'n', '1'],
  ['timeline hover/focus → frame', (r) => r.timelineHover?.toFrame, 'ms'],
  ['timeline hover: frames (worst)', (r) => r.timelineHover?.frames, 'n', '1'],
  ['filter (Theme) → painted frame', (r) => r.filter?.toPaint, 'ms', '≤ 200 ms'],
  ['open a country (NG) → painted frame', (r) => r.openCountry?.toPaint, 'ms', '≤ 200 ms'],
  ['map wheel zoom frame p50', (r) => r.mapZoom?.p50, 'ms'],
  ['map wheel zoom frame p95', (r) => r.mapZoom?.p95, 'ms', '≤ 16.7 ms'],
  ['map wheel frames > 33 ms', (r) => r.mapZoom?.over33, 'n'],
  ['timeline wheel zoom frame p50', (r) => r.timelineZoom?.p50, 'ms'],
  ['timeline wheel zoom frame p95', (r) => r.timelineZoom?.p95, 'ms', '≤ 16.7 ms'],
  ['timeline wheel frames > 33 ms', (r) => r.timelineZoom?.over33, 'n'],
];

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = xs.toSorted((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Median of each row over the runs; a value missing in more than half the runs is n/a (null). */
export function medians(runs: RunResult[]): Record<string, number | null> {
  return Object.fromEntries(
    ROWS.map(([label, pick]) => {
      const xs = runs.map(pick).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
      return [label.trim(), xs.length * 2 > runs.length ? median(xs) : null];
    }),
  );
}

function cell(value: number | null, unit: Row[2]): string {
  if (value === null) return 'n/a';
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'n') return String(Math.round(value));
  return `${Math.round(value)} ms`;
}

export function table(columns: { title: string; medians: Record<string, number | null> }[], notes: string[] = []): string {
  const head = ['metric (median)', ...columns.map((c) => c.title), 'goal'];
  const body = ROWS.map(([label, , unit, goal]) => [label, ...columns.map((c) => cell(c.medians[label.trim()] ?? null, unit)), goal ?? '']);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...body.map(line), ...notes].join('\n');
}

/** A frame's time at 60 Hz as rAF reports it: 16.7 ms, give or take the timestamps' jitter of a tenth of a ms. */
const ONE_FRAME_MS = 17;

/** The goals a single run can meet or miss, as the issue sets them (at 4× CPU + slow 4G). */
const RUN_GOALS: [name: string, met: (r: RunResult) => boolean | null][] = [
  ['map:ready ≤ 1200 ms', (r) => (r.ready['map:ready'] === null ? null : r.ready['map:ready'] <= 1200)],
  ['blocking time < 100 ms', (r) => (r.tbt === null ? null : r.tbt < 100)],
  ['map wheel p95 one frame', (r) => (r.mapZoom ? r.mapZoom.p95 <= ONE_FRAME_MS : null)],
  ['timeline wheel p95 one frame', (r) => (r.timelineZoom ? r.timelineZoom.p95 <= ONE_FRAME_MS : null)],
];

/**
 * How many runs met each goal: on a busy 2-core machine the median of a few runs can land on either side of a goal
 * that most runs meet, or that few do.
 */
export function goalTally(title: string, runs: RunResult[]): string {
  const parts = RUN_GOALS.map(([name, met]) => {
    const known = runs.map(met).filter((x) => x !== null);
    return `${name} ${known.filter(Boolean).length}/${known.length}`;
  });
  return `${title}, runs meeting each goal: ${parts.join(', ')}.`;
}
