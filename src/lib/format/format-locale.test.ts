import { describe, expect, it } from 'vitest';
import { formatWhen } from '../timeline/format';
import { formatLocale } from './format-locale';

describe('formatLocale', () => {
  it.each([
    { locale: 'en', expected: 'en-GB' },
    { locale: 'fr', expected: 'fr' },
    { locale: 'en-US', expected: 'en-US' },
    { locale: 'de', expected: 'de' },
  ])('$locale -> $expected', ({ locale, expected }) => {
    expect(formatLocale(locale)).toBe(expected);
  });

  it.each([
    { locale: 'en', date: '2018-07-30', expected: '30 July 2018' },
    { locale: 'fr', date: '2018-07-30', expected: '30 juillet 2018' },
    { locale: 'en', date: '2018-07', expected: 'July 2018' },
    { locale: 'fr', date: '2018-07', expected: 'juillet 2018' },
  ])('a milestone of $date reads "$expected" on the $locale page', ({ locale, date, expected }) => {
    expect(formatWhen({ year: 2018, date }, locale)).toBe(expected);
  });
});
