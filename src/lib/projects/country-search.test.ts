import { describe, expect, it } from 'vitest';
import { searchCountries } from './country-search';

const entries = [
  { code: 'CI', name: 'Côte d’Ivoire' },
  { code: 'CV', name: 'Cape Verde', aliases: ['Cabo Verde'] },
  { code: 'NG', name: 'Nigeria' },
  { code: 'NE', name: 'Niger' },
  { code: 'GN', name: 'Guinea' },
  { code: 'GW', name: 'Guinea-Bissau' },
  { code: 'PG', name: 'Papua New Guinea' },
];

describe('searchCountries', () => {
  it.each([
    { query: 'cote', codes: ['CI'] },
    { query: "COTE D'IVOIRE", codes: ['CI'] },
    { query: 'côte d’ivoire', codes: ['CI'] },
    { query: 'cabo', codes: ['CV'] },
    { query: 'niger', codes: ['NE', 'NG'] },
    { query: 'guinea', codes: ['GN', 'GW', 'PG'] },
    { query: 'bissau', codes: ['GW'] },
    { query: '   ', codes: [] },
    { query: 'atlantis', codes: [] },
  ])('"$query" finds $codes', ({ query, codes }) => {
    expect(searchCountries(entries, query).map((e) => e.code)).toEqual(codes);
  });
});
