import { describe, expect, it } from 'vitest';
import { englishHash, translationStatus } from './translation-status';

const fields = ['title', 'detail', 'yearNote'];
const english = { title: 'Co-chair of ICAT', detail: 'ICMPD co-chaired ICAT in 2022.', yearNote: undefined };
const hash = englishHash(english, fields);

describe('englishHash', () => {
  it('is eight hex digits, stable, and changes with any English field', () => {
    expect(hash).toMatch(/^[0-9a-f]{8}$/);
    expect(englishHash({ ...english }, fields)).toBe(hash);
    expect(englishHash({ ...english, detail: 'ICMPD co-chaired ICAT in 2023.' }, fields)).not.toBe(hash);
  });
});

describe('translationStatus', () => {
  const fr = { title: 'Coprésidence de l’ICAT', detail: 'L’ICMPD a coprésidé l’ICAT en 2022.' };
  it.each([
    { name: 'complete and made from this English', translated: { ...fr, enHash: hash }, expected: { state: 'current' } },
    { name: 'no translation at all', translated: undefined, expected: { state: 'missing', fields: ['title', 'detail'] } },
    { name: 'a field left out', translated: { title: fr.title, enHash: hash }, expected: { state: 'missing', fields: ['detail'] } },
    { name: 'made from older English', translated: { ...fr, enHash: '00000000' }, expected: { state: 'stale' } },
    { name: 'never stamped', translated: fr, expected: { state: 'stale' } },
  ])('$name', ({ translated, expected }) => expect(translationStatus(english, translated, fields)).toEqual(expected));
});
