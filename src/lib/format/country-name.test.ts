import { describe, expect, it } from 'vitest';
import { countryName, foldForSearch } from './country-name';

describe('countryName', () => {
  it('names countries in the interface language', () => {
    expect(countryName('NG', 'en')).toBe('Nigeria');
    expect(countryName('GM', 'fr')).toBe('Gambie');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
  });

  it('calls Cabo Verde by its own name in every language, as the datasets’ French texts do', () => {
    expect(countryName('CV', 'en')).toBe('Cabo Verde');
    expect(countryName('CV', 'fr')).toBe('Cabo Verde');
  });

  it('folds names for search', () => {
    expect(foldForSearch('Côte d’Ivoire')).toBe('cote d ivoire');
  });
});
