import { describe, expect, it } from 'vitest';
import { FULL_VIEW, zoomDomain } from './view';
import { zoomTowards } from './zoom-towards';

const count = ([a, b]: readonly [number, number], times: number[]) => times.filter((t) => t >= a && t <= b).length;

describe('zoomTowards', () => {
  it('zooms in on the busy years, not on an empty centre', () => {
    const times = [2002.5, 2016.5, 2018.2, 2021.5, 2022.1, 2022.5, 2022.9, 2023.5];
    const view = zoomTowards(FULL_VIEW, 2, times);
    expect(view[1] - view[0]).toBeCloseTo(11);
    expect(count(view, times)).toBe(7);
    expect(count(zoomDomain(FULL_VIEW, 2), times)).toBeLessThan(7);
  });

  it.each([
    { name: 'nothing in view', view: [2011, 2013] as const, times: [2002.5, 2020.5], expected: [2011.5, 2012.5] },
    { name: 'zooming out', view: [2010, 2016] as const, times: [2010.2], expected: [2007, 2019] },
  ])('about the centre with $name', ({ view, times, expected }) => {
    const factor = expected[1]! - expected[0]! > view[1] - view[0] ? 0.5 : 2;
    const got = zoomTowards(view, factor, times);
    expect(got[0]).toBeCloseTo(expected[0]!);
    expect(got[1]).toBeCloseTo(expected[1]!);
  });

  it('stays inside the view it zooms from, the milestone not on its edge', () => {
    const view = zoomTowards([2010, 2014], 2, [2010]);
    expect(view[0]).toBeCloseTo(2010);
    expect(view[1]).toBeCloseTo(2012);
  });

  it('of equal windows, takes the one nearest the centre', () => {
    const view = zoomTowards([2000, 2010], 5, [2001, 2005, 2009]);
    expect(count(view, [2005])).toBe(1);
  });
});
