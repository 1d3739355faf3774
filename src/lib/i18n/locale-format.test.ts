// The formatters follow the interface language they are given (the formatters live in lib/format and lib/timeline).
import { describe, expect, it } from 'vitest';
import { countryName } from '../format/country-name';
import { COUNTRY_NAMES_EN } from '../format/country-names-en';
import { formatStatistic } from '../format/statistic';
import { formatWhen } from '../timeline/format';

const NNBSP = '\u202f';

describe('numbers, dates and names in the interface language', () => {
  it.each([
    { locale: 'en', stat: { value: 1400, qualifier: '+' as const, format: 'count' as const }, expected: '1,400+' },
    { locale: 'fr', stat: { value: 1400, qualifier: '+' as const, format: 'count' as const }, expected: `1${NNBSP}400+` },
    { locale: 'fr', stat: { value: 90, qualifier: '+' as const, format: 'count' as const }, expected: '90+' },
    { locale: 'fr', stat: { value: 2002, qualifier: '' as const, format: 'year' as const }, expected: '2002' },
  ])('$locale: $stat.value -> $expected', ({ locale, stat, expected }) => {
    expect(formatStatistic(stat, locale)).toBe(expected);
  });

  it.each([
    { locale: 'en', m: { year: 2022, date: '2022-06-02' }, expected: '2 June 2022' },
    { locale: 'fr', m: { year: 2022, date: '2022-06-02' }, expected: '2 juin 2022' },
    { locale: 'fr', m: { year: 2017, date: '2017-10' }, expected: 'octobre 2017' },
    { locale: 'fr', m: { year: 2005 }, expected: '2005' },
  ])('$locale: $m.date -> $expected', ({ locale, m, expected }) => {
    expect(formatWhen(m, locale)).toBe(expected);
  });

  it.each([
    { code: 'SN', locale: 'fr', expected: 'Sénégal' },
    { code: 'CI', locale: 'fr', expected: 'Côte d’Ivoire' },
    { code: 'DE', locale: 'fr', expected: 'Allemagne' },
    { code: 'DE', locale: 'en', expected: 'Germany' },
  ])('$code in $locale -> $expected', ({ code, locale, expected }) => {
    expect(countryName(code, locale)).toBe(expected);
  });

  it('the English names table says what CLDR says, and a code outside it still gets its CLDR name', () => {
    const cldr = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'code' });
    // The short form where Chromium shows it, as scripts/gen-country-names.ts chooses.
    const SHORT = new Set(['HK', 'MO', 'PS']);
    // The official names the generator keeps where CLDR differs (the sources write "Cabo Verde").
    const OFFICIAL: Record<string, string> = { CV: 'Cabo Verde' };
    const differing = Object.entries(COUNTRY_NAMES_EN).filter(([code, name]) => (OFFICIAL[code] ?? (SHORT.has(code) ? short : cldr).of(code)) !== name);
    // If this fails after a Node update, rerun `npx tsx scripts/gen-country-names.ts`.
    expect(differing).toEqual([]);
    expect(Object.keys(COUNTRY_NAMES_EN)).toHaveLength(250);
    expect(countryName('EU', 'en')).toBe('European Union');
  });
});
