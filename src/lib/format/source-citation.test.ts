import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../schema/source-document';
import { citation } from './source-citation';

const docs: SourceDocument[] = [
  { id: 'news', file: '002_f090415880a9cc79.txt', title: 'Programme news', publisher: 'ICMPD', date: '2022-03-18', translations: { fr: { title: 'Actualités du programme' } } },
  { id: 'factsheet', file: '003_5313141ccfe75a71.txt', title: 'Factsheet', publisher: 'ICMPD', date: '2022' },
  { id: 'brochure', file: '004_c37fb912b7dc894d.txt', title: 'Highlights', publisher: 'ICMPD' },
];

describe('citation', () => {
  it.each([
    { file: '002_f090415880a9cc79.txt', locale: 'en' as const, expected: { title: 'Programme news', fallback: false, byline: 'ICMPD, 18 March 2022' } },
    { file: '002_f090415880a9cc79.txt', locale: 'fr' as const, expected: { title: 'Actualités du programme', fallback: false, byline: 'ICMPD, 18 mars 2022' } },
    { file: '003_5313141ccfe75a71.txt', locale: 'en' as const, expected: { title: 'Factsheet', fallback: false, byline: 'ICMPD, 2022' } },
    { file: '003_5313141ccfe75a71.txt', locale: 'fr' as const, expected: { title: 'Factsheet', fallback: true, byline: 'ICMPD, 2022' } },
    { file: '004_c37fb912b7dc894d.txt', locale: 'en' as const, expected: { title: 'Highlights', fallback: false, byline: 'ICMPD, undated' } },
  ])('$file in $locale', ({ file, locale, expected }) => {
    expect(citation(docs, file, locale, 'undated')).toEqual(expected);
  });

  it('gives null, not the file name, for a document sources.json does not list', () => {
    expect(citation(docs, '009_0000000000000000.txt', 'en', 'undated')).toBeNull();
  });
});
