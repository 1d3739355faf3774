import { describe, expect, it } from 'vitest';
import { parseSchemeParams } from './scheme-params';

describe('parseSchemeParams', () => {
  it.each([
    { search: '', expected: { scheme: null, ignored: [] } },
    { search: '?scheme=dark', expected: { scheme: 'dark', ignored: [] } },
    { search: '?embed=map&scheme=Light', expected: { scheme: 'light', ignored: [] } },
    { search: '?scheme=%20DARK%20', expected: { scheme: 'dark', ignored: [] } },
    { search: '?scheme=purple', expected: { scheme: null, ignored: [{ name: 'scheme', value: 'purple' }] } },
    // The map's theme filter is another parameter: ?theme=dark does not choose a scheme.
    { search: '?theme=dark', expected: { scheme: null, ignored: [] } },
  ])('$search', ({ search, expected }) => {
    expect(parseSchemeParams(search)).toEqual(expected);
  });
});
