import { describe, expect, it } from 'vitest';
import type { Statistic } from '../schema/statistic';
import { formatStatistic } from './statistic';

type Stat = Pick<Statistic, 'value' | 'qualifier' | 'format'>;

describe('formatStatistic', () => {
  it.each<{ stat: Stat; locale: string; value: number | undefined; expected: string }>([
    { stat: { value: 90, qualifier: '+', format: 'count' }, locale: 'en', value: undefined, expected: '90+' },
    { stat: { value: 1200, qualifier: '+', format: 'count' }, locale: 'en', value: undefined, expected: '1,200+' },
    { stat: { value: 1200, qualifier: '', format: 'count' }, locale: 'de', value: undefined, expected: '1.200' },
    { stat: { value: 1200, qualifier: '+', format: 'count' }, locale: 'en', value: 640, expected: '640+' },
    { stat: { value: 2002, qualifier: '', format: 'year' }, locale: 'en', value: undefined, expected: '2002' },
  ])('$stat.value ($stat.format, $locale, shown $value) → $expected', ({ stat, locale, value, expected }) => {
    expect(formatStatistic(stat, locale, value)).toBe(expected);
  });

  it('gives the same text whether or not a formatter for the locale already exists', () => {
    const stat: Stat = { value: 12345, qualifier: '', format: 'count' };
    expect([formatStatistic(stat, 'fr'), formatStatistic(stat, 'fr'), formatStatistic(stat, 'en')]).toEqual([(12345).toLocaleString('fr'), (12345).toLocaleString('fr'), '12,345']);
  });
});
