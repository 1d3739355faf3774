import { describe, expect, it } from 'vitest';
import { formatWhen } from './format';

describe('formatWhen', () => {
  it.each([
    { m: { year: 2010 }, locale: 'en', expected: '2010' },
    { m: { year: 2010, date: '2010' }, locale: 'en', expected: '2010' },
    { m: { year: 2021, date: '2021-09' }, locale: 'en', expected: 'September 2021' },
    { m: { year: 2021, date: '2021-09-16' }, locale: 'en', expected: '16 September 2021' },
    { m: { year: 2021, date: '2021-09-16' }, locale: 'en-US', expected: 'September 16, 2021' },
    { m: { year: 2021, date: '2021-09-16' }, locale: 'en-GB', expected: '16 September 2021' },
    { m: { year: 2023, date: '2023-01-01' }, locale: 'de', expected: '1. Januar 2023' },
  ])('$m.date in $locale → $expected', ({ m, locale, expected }) => {
    expect(formatWhen(m, locale)).toBe(expected);
  });

  it.each([
    { locale: 'en', expected: '16 Sept 2021' },
    { locale: 'fr', expected: '16 sept. 2021' },
  ])('a short month where the full date has no room: $locale → $expected', ({ locale, expected }) => {
    expect(formatWhen({ year: 2021, date: '2021-09-16' }, locale, 'short')).toBe(expected);
    expect(formatWhen({ year: 2021 }, locale, 'short')).toBe('2021');
  });
});
