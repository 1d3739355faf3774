import { describe, expect, it } from 'vitest';
import projects from '../../../data/projects.json';
import { COUNTRY_NAMES_EN } from './country-names-en';
import { formatInteger } from './integer';
import { compareText, sortKey } from './text-order';

const donors = [...new Set((projects as { donors?: string[] }[]).flatMap((p) => p.donors ?? []))];

describe('compareText', () => {
  const fr = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'code' });
  it.each([
    ['English country names', 'en', Object.values(COUNTRY_NAMES_EN)],
    ['French country names', 'fr', Object.keys(COUNTRY_NAMES_EN).map((c) => fr.of(c)!)],
    ['the donors in data/projects.json', 'en', donors],
  ])('orders %s as Intl.Collator does', (_, locale, names) => {
    expect(names.length).toBeGreaterThan(0);
    const collator = new Intl.Collator(locale);
    expect(names.toSorted(compareText)).toEqual(names.toSorted(collator.compare));
  });

  it('sets accents, case and the curly apostrophe aside, then breaks ties on the text', () => {
    expect(sortKey('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(['Zambia', 'Åland Islands', 'aland', 'Albania'].toSorted(compareText)).toEqual(['aland', 'Åland Islands', 'Albania', 'Zambia']);
    expect(compareText('Chad', 'Chad')).toBe(0);
  });
});

describe('formatInteger', () => {
  const samples = [0, 1, 7, 42, 90, 999, 1000, 1400, 2002, 9999, 10_000, 65_536, 123_456, 1_000_000, 987_654_321, -1400];
  it.each(['en', 'fr', 'en-GB', 'fr-CA', 'en-IN'])('writes whole numbers as Intl.NumberFormat(%s) does', (locale) => {
    const intl = new Intl.NumberFormat(locale);
    expect(samples.map((n) => formatInteger(n, locale))).toEqual(samples.map((n) => intl.format(n)));
  });

  it('leaves other languages and fractions to Intl', () => {
    expect(formatInteger(1400, 'de')).toBe(new Intl.NumberFormat('de').format(1400));
    expect(formatInteger(1.5, 'en')).toBe('1.5');
  });
});
