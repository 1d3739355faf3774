import { describe, expect, it } from 'vitest';
import { countryCodeOf } from './country-choice';

describe('a country picked by name', () => {
  it.each([
    ['Ghana', 'GH'],
    ['ghana', 'GH'],
    ["cote d'ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['Türkiye', 'TR'],
    ['Kosovo', 'XK'],
    ['ng', 'NG'],
    ['Atlantis', undefined],
    ['ZZ', undefined],
    ['', undefined],
  ])('%s → %s', (typed, code) => {
    expect(countryCodeOf(typed)).toBe(code);
  });
});
