import { describe, expect, it } from 'vitest';
import projects from '../../../data/projects.json';
import { COUNTRY_NAMES_EN } from './country-names-en';
import { formatInteger } from './integer';
import { compareText, sortKey, textOrder } from './text-order';

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

  it('sets accents, case and the curly apostrophe aside', () => {
    expect(sortKey('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(['Zambia', 'Åland Islands', 'Albania'].toSorted(compareText)).toEqual(['Åland Islands', 'Albania', 'Zambia']);
    expect(compareText('Chad', 'Chad')).toBe(0);
  });

  it('leaves punctuation, letters without a plain form and near-ties to Intl.Collator, so a donor typed in any form sorts as it would', () => {
    const collator = new Intl.Collator('en');
    const names = ['Øresund Fund', 'Oslo Trust', 'Zagreb City', 'A&B Foundation', 'A-B Foundation', 'A_B Fund', 'A, B', 'alan', 'Alan', 'è', 'é', 'e', 'Łódź', 'Lodz', 'Œuvre', 'Oeuvre', '10 Trust', '9 Trust', 'Fund', 'Fund (EU)'];
    expect(names.toSorted(compareText)).toEqual(names.toSorted(collator.compare));
  });
});

describe('formatInteger', () => {
  const samples = [0, 1, 7, 42, 90, 999, 1000, 1400, 2002, 9999, 10_000, 65_536, 123_456, 1_000_000, 987_654_321, -1400];
  it.each(['en', 'fr'])('writes whole numbers as Intl.NumberFormat(%s) does', (locale) => {
    const intl = new Intl.NumberFormat(locale);
    expect(samples.map((n) => formatInteger(n, locale))).toEqual(samples.map((n) => intl.format(n)));
  });

  it('leaves other languages, regional variants and fractions to Intl', () => {
    expect(formatInteger(1400, 'de')).toBe(new Intl.NumberFormat('de').format(1400));
    expect(formatInteger(1_000_000, 'en-IN')).toBe('10,00,000');
    expect(formatInteger(1.5, 'en')).toBe('1.5');
  });
});

describe('textOrder', () => {
  it('orders another language by its own collation, not the root order', () => {
    // Swedish puts å, ä, ö after z; the root order (English, French) files them with a and o.
    expect(['Österrike', 'Zambia', 'Albanien'].toSorted(textOrder('sv'))).toEqual(['Albanien', 'Zambia', 'Österrike']);
    expect(['Österrike', 'Zambia', 'Albanien'].toSorted(textOrder('en'))).toEqual(['Albanien', 'Österrike', 'Zambia']);
    // Spanish: ñ is a letter of its own, after n.
    expect(['ñu', 'nube', 'oso'].toSorted(textOrder('es'))).toEqual(['nube', 'ñu', 'oso']);
  });

  it('keeps the fast comparison for English and French', () => {
    expect(textOrder('en')).toBe(compareText);
    expect(textOrder('fr')).toBe(compareText);
  });
});
