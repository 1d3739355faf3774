import { describe, expect, it } from 'vitest';
import type { Milestone } from '../schema/milestone';
import { CATEGORIES } from './categories';
import { timeOf } from './extent';
import { tickPaths } from './overview-ticks';

const milestone = (id: string, year: number, category: Milestone['category']) => ({ id, year, category, yearCertainty: 'stated' }) as Milestone;

describe('tickPaths', () => {
  const list = [milestone('a', 2002, 'programme'), milestone('b', 2010, 'policy'), milestone('c', 2015, 'programme')];
  const x = (t: number) => (t - 2002) * 10;

  it('draws one path per category present, in the legend order, with a stroke at each milestone', () => {
    const paths = tickPaths(list, x, 12, 30);
    expect(paths.map((p) => p.category)).toEqual(CATEGORIES.filter((c) => c === 'policy' || c === 'programme'));
    const programme = paths.find((p) => p.category === 'programme')!;
    const strokes = [...programme.d.matchAll(/M([-\d.]+) 12V30/g)].map((m) => Number(m[1]));
    expect(strokes).toEqual([list[0]!, list[2]!].map((m) => Math.round(x(timeOf(m)) * 10) / 10));
  });

  it('has nothing to draw for no milestones', () => {
    expect(tickPaths([], x, 12, 30)).toEqual([]);
  });
});
