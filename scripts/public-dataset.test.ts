import { describe, expect, it } from 'vitest';
import { frenchFile, publicDataset, splitDataset } from './public-dataset';

describe('publicDataset', () => {
  it.each([
    {
      name: 'drops editor-only fields at any depth and the indentation',
      input: '[\n  {"id": "a", "editorNote": "read from the brochure", "translations": {"fr": {"name": "A", "enHash": "abc"}}}\n]',
      expected: '[{"id":"a","translations":{"fr":{"name":"A"}}}]',
    },
    { name: 'reads past a byte-order mark', input: '\uFEFF[{"id": "a"}]', expected: '[{"id":"a"}]' },
    { name: 'keeps a file that does not parse as it is, for the app to name its mistake', input: '[{"id": "broken"', expected: '[{"id": "broken"' },
  ])('$name', ({ input, expected }) => {
    expect(publicDataset(input)).toBe(expected);
  });
});

describe('splitDataset', () => {
  it('moves the French texts to a file of their own, by id, and leaves the records without translations', () => {
    const input = '[{"id": "a", "name": "A", "editorNote": "x", "translations": {"fr": {"name": "A fr", "enHash": "abcdef01"}}}, {"id": "b", "name": "B"}]';
    expect(splitDataset(input)).toEqual({
      records: '[{"id":"a","name":"A"},{"id":"b","name":"B"}]',
      french: '[{"id":"a","translations":{"fr":{"name":"A fr"}}}]',
    });
  });

  it('writes an empty French file when no record is translated', () => {
    expect(splitDataset('[{"id": "a"}]')).toEqual({ records: '[{"id":"a"}]', french: '[]' });
  });

  it('keeps a file that does not parse as it is, with no French file', () => {
    expect(splitDataset('[{"id": "broken"')).toEqual({ records: '[{"id": "broken"', french: null });
  });

  it('keeps a file that is not a list whole, with no French file, for the app to name its mistake', () => {
    expect(splitDataset('{"id": "a"}')).toEqual({ records: '{"id":"a"}', french: null });
  });

  it('names the French file after the dataset', () => {
    expect(frenchFile('projects.json')).toBe('projects.fr.json');
  });
});
