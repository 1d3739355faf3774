import { describe, expect, it } from 'vitest';
import { binLabel, binOf, countBins } from './bins';

describe('countBins', () => {
  it.each([
    { max: 0, labels: [] },
    { max: 1, labels: ['1'] },
    { max: 3, labels: ['1', '2', '3'] },
    { max: 5, labels: ['1', '2', '3', '4', '5'] },
    { max: 8, labels: ['1', '2', '3', '4–5', '6–8'] },
    { max: 16, labels: ['1', '2', '3–4', '5–9', '10–16'] },
    { max: 100, labels: ['1–2', '3–5', '6–15', '16–39', '40–100'] },
  ])('max $max -> $labels', ({ max, labels }) => {
    const bins = countBins(max);
    expect(bins.map(binLabel)).toEqual(labels);
  });

  it('covers every count from 1 to max exactly once, darker as counts grow', () => {
    for (const max of [1, 2, 7, 13, 40, 250]) {
      const bins = countBins(max);
      for (let n = 1; n <= max; n++) expect(bins.filter((b) => n >= b.min && n <= b.max)).toHaveLength(1);
      expect(new Set(bins.map((b) => b.colour)).size).toBe(bins.length);
    }
  });

  it('puts 0 in no bin and overflow in the last', () => {
    const bins = countBins(8);
    expect(binOf(bins, 0)).toBeUndefined();
    expect(binOf(bins, 30)).toBe(bins[bins.length - 1]);
  });
});
