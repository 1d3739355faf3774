import { describe, expect, it } from 'vitest';
import { baseScale } from './scale';
import { tickPlacer, yearTicks } from './ticks';

describe('yearTicks', () => {
  it.each([
    { domain: [2002, 2024] as const, width: 1320, step: 1, first: 2002, last: 2023 },
    { domain: [2002, 2024] as const, width: 800, step: 2, first: 2002, last: 2022 },
    { domain: [2002, 2024] as const, width: 360, step: 5, first: 2005, last: 2020 },
    { domain: [2010, 2011] as const, width: 360, step: 1, first: 2010, last: 2010 },
    { domain: [2010.6, 2012.4] as const, width: 900, step: 1, first: 2011, last: 2011 },
  ])('$domain over $width px: every $step from $first to $last', ({ domain, width, step, first, last }) => {
    const result = yearTicks(domain, width);
    expect(result.step).toBe(step);
    expect(result.ticks[0]?.year).toBe(first);
    expect(result.ticks.at(-1)?.year).toBe(last);
  });

  it('keeps labels apart and inside the view at every width', () => {
    for (const width of [360, 390, 768, 1440, 1920])
      for (const domain of [[2002, 2024], [2005.3, 2013.9], [2020, 2021.2]] as const) {
        const { ticks } = yearTicks(domain, width);
        for (const t of ticks) {
          expect(t.labelX).toBeGreaterThanOrEqual(0);
          expect(t.labelX).toBeLessThanOrEqual(width);
        }
        for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.labelX - ticks[i - 1]!.labelX).toBeGreaterThanOrEqual(56);
      }
  });
});

describe('tickPlacer', () => {
  const x = baseScale(10, 1110);
  it.each([
    { year: 2002, line: 10, label: 35 },
    { year: 2013, line: 560, label: 585 },
  ])('puts $year at $line px and its label mid-year at $label px', ({ year, line, label }) => {
    const t = tickPlacer(x)(year);
    expect(t.year).toBe(year);
    expect(t.x).toBeCloseTo(line);
    expect(t.labelX).toBeCloseTo(label);
  });

  it('gives the same object for a year as long as it is kept, and new ones from a new placer', () => {
    const at = tickPlacer(x);
    expect(at(2010)).toBe(at(2010));
    expect(at(2010)).not.toBe(at(2011));
    const moved = tickPlacer(baseScale(10, 2210))(2010);
    expect(moved).not.toBe(at(2010));
    expect(moved.x).toBeGreaterThan(at(2010).x);
  });
});
