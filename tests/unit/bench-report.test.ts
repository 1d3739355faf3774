// The benchmark's tally of runs that met each goal (scripts/bench/report.ts).
import { describe, expect, it } from 'vitest';
import { goalTally } from '../../scripts/bench/report';
import type { RunResult } from '../../scripts/bench/run';

/** A run with only what the tally reads. */
function run(mapReady: number | null, tbt: number | null, mapP95: number | null, timelineP95: number | null): RunResult {
  const frames = (p95: number | null) => (p95 === null ? null : { p50: 16.7, p95, over33: 0, frames: 60 });
  return { ready: { 'map:ready': mapReady }, tbt, mapZoom: frames(mapP95), timelineZoom: frames(timelineP95) } as unknown as RunResult;
}

describe('goalTally', () => {
  it('counts the runs that met each goal, out of those that measured it', () => {
    const runs = [run(800, 120, 16.8, 33.3), run(1300, 90, 33.4, 16.7), run(900, null, null, 16.6)];
    expect(goalTally('4× CPU', runs)).toBe(
      '4× CPU, runs meeting each goal: map:ready ≤ 1200 ms 2/3, blocking time < 100 ms 1/2, map wheel p95 one frame 1/2, timeline wheel p95 one frame 2/3.',
    );
  });

  it('takes a p95 a tenth over 16.7 ms (rAF timestamps jitter) as one frame, and the next vsync as two', () => {
    expect(goalTally('x', [run(1, 1, 16.8, 16.9)])).toContain('map wheel p95 one frame 1/1, timeline wheel p95 one frame 1/1');
    expect(goalTally('x', [run(1, 1, 33.2, 17.1)])).toContain('map wheel p95 one frame 0/1, timeline wheel p95 one frame 0/1');
  });
});
