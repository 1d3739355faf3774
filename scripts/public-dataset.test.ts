import { describe, expect, it } from 'vitest';
import { publicDataset } from './public-dataset';

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
