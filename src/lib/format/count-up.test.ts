import { describe, expect, it } from 'vitest';
import { countUpValue, easeOutCubic } from './count-up';

describe('easeOutCubic', () => {
  it.each([
    { t: 0, v: 0 },
    { t: 0.5, v: 0.875 },
    { t: 1, v: 1 },
    { t: -1, v: 0 },
    { t: 2, v: 1 },
  ])('$t -> $v', ({ t, v }) => {
    expect(easeOutCubic(t)).toBeCloseTo(v);
  });

  it('only rises', () => {
    for (let t = 0; t < 1; t += 0.01) expect(easeOutCubic(t + 0.01)).toBeGreaterThanOrEqual(easeOutCubic(t));
  });
});

describe('countUpValue', () => {
  it.each([
    { target: 90, elapsed: 0, expected: 0 },
    { target: 90, elapsed: 500, expected: 79 },
    { target: 90, elapsed: 1000, expected: 90 },
    { target: 90, elapsed: 5000, expected: 90 },
    { target: 400, elapsed: 250, expected: 231 },
  ])('$target at $elapsed ms -> $expected', ({ target, elapsed, expected }) => {
    expect(countUpValue(target, elapsed)).toBe(expected);
  });

  it('shows the final value at once when there is no time to animate (reduced motion)', () => {
    expect(countUpValue(2002, 0, 0)).toBe(2002);
  });

  it('counts a year from near it', () => {
    expect(countUpValue(2002, 0, 1000, 1982)).toBe(1982);
    expect(countUpValue(2002, 1000, 1000, 1982)).toBe(2002);
  });
});
