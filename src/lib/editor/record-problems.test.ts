import { describe, expect, it } from 'vitest';
import type { Problem } from '../schema/problem';
import { isRecord, ofField } from './record-problems';

const p = (record: string, field = 'name'): Problem => ({ file: 'projects.json', record, field, expected: 'x', found: 'y' });

describe('problems of a record and a field', () => {
  it.each([
    { record: '"ocwar-t" (record 1)', index: 0, id: 'ocwar-t', expected: true },
    { record: '"ocwar-t" (record 1)', index: 1, id: 'ocwar-t', expected: false },
    { record: 'record 3', index: 2, id: '', expected: true },
    { record: '"ocwar-t"', index: 7, id: 'ocwar-t', expected: true },
    { record: '"ocwar-t"', index: 7, id: 'other', expected: false },
  ])('$record is record $index ($id): $expected', ({ record, index, id, expected }) => {
    expect(isRecord(p(record), index, id)).toBe(expected);
  });

  it('gives a list field the problems of its items, not of a field that only starts alike', () => {
    const list = [p('r', 'countries.3'), p('r', 'countries'), p('r', 'countriesX'), p('r', 'sources.0.quote')];
    expect(ofField(list, 'countries').map((x) => x.field)).toEqual(['countries.3', 'countries']);
    expect(ofField(list, 'sources').map((x) => x.field)).toEqual(['sources.0.quote']);
  });
});
