import { describe, expect, it } from 'vitest';
import { inTimeOrder, SPAN, timeBand, timeOf } from './extent';
import { baseScale } from './scale';

describe('timeOf', () => {
  it.each([
    { input: { year: 2010 }, expected: 2010.5 },
    { input: { year: 2010, date: '2010' }, expected: 2010.5 },
    { input: { year: 2021, date: '2021-01' }, expected: 2021 + 15.5 / 365 },
    { input: { year: 2021, date: '2021-01-01' }, expected: 2021 + 0.5 / 365 },
    { input: { year: 2021, date: '2021-12-31' }, expected: 2021 + 364.5 / 365 },
    { input: { year: 2020, date: '2020-03-01' }, expected: 2020 + 60.5 / 366 },
  ])('$input → $expected', ({ input, expected }) => {
    expect(timeOf(input)).toBeCloseTo(expected, 9);
  });

  it('keeps every date inside its year', () => {
    for (const date of ['2004-02', '2004-02-29', '2023-12-31', '2002-01-01']) {
      const year = Number(date.slice(0, 4));
      const t = timeOf({ year, date });
      expect(t).toBeGreaterThan(year);
      expect(t).toBeLessThan(year + 1);
    }
  });
});

describe('inTimeOrder', () => {
  it.each([
    { input: [{ id: 'b', year: 2010 }, { id: 'a', year: 2004 }], expected: ['a', 'b'] },
    { input: [{ id: 'x', year: 2010 }, { id: 'y', year: 2010 }], expected: ['x', 'y'] },
    { input: [{ id: 'late', year: 2021, date: '2021-11-15' }, { id: 'bare', year: 2021 }, { id: 'early', year: 2021, date: '2021-02' }], expected: ['early', 'bare', 'late'] },
  ])('orders $expected', ({ input, expected }) => {
    expect(inTimeOrder(input).map((m) => m.id)).toEqual(expected);
  });
});

describe('baseScale', () => {
  it('maps the whole span onto the range', () => {
    const x = baseScale(10, 230);
    expect(x(SPAN[0])).toBe(10);
    expect(x(SPAN[1])).toBe(230);
    expect(x.invert(120)).toBeCloseTo((SPAN[0] + SPAN[1]) / 2);
  });
  it('never collapses to an empty range (a hidden frame has width 0)', () => {
    const x = baseScale(0, 0);
    expect(x.range()[1]).toBeGreaterThan(x.range()[0]!);
  });
});

describe('timeBand', () => {
  it.each([
    { input: { year: 2010 }, expected: [2010.04, 2010.96] },
    { input: { year: 2021, date: '2021-09-16' }, expected: [2021 + 258.5 / 365, 2021 + 258.5 / 365] },
    { input: { year: 2021, date: '2021-02' }, expected: [2021 + 31.5 / 365, 2021 + 59.5 / 365] },
    { input: { year: 2021, date: '2021-12' }, expected: [2021 + 334.5 / 365, 2021.97] },
  ])('$input → $expected', ({ input, expected }) => {
    const [lo, hi] = timeBand(input);
    expect(lo).toBeCloseTo(expected[0]!, 9);
    expect(hi).toBeCloseTo(expected[1]!, 9);
  });

  it('always contains the milestone\'s own time', () => {
    for (const m of [{ year: 2004 }, { year: 2022, date: '2022-06' }, { year: 2022, date: '2022-06-02' }, { year: 2023, date: '2023-12' }]) {
      const [lo, hi] = timeBand(m);
      expect(lo).toBeLessThanOrEqual(timeOf(m));
      expect(hi).toBeGreaterThanOrEqual(timeOf(m));
    }
  });
});
