import { describe, expect, it } from 'vitest';
import { isolatedEcho, shortEcho } from './echo';

describe('shortEcho', () => {
  it.each([
    { input: 'west-africa', expected: 'west-africa' },
    { input: 'x'.repeat(40), expected: 'x'.repeat(40) },
    { input: 'x'.repeat(41), expected: `${'x'.repeat(40)}…` },
    { input: 'y'.repeat(10_000), expected: `${'y'.repeat(40)}…` },
    { input: `${'a'.repeat(39)}𝒳𝒳`, expected: `${'a'.repeat(39)}𝒳…` },
    { input: '', expected: '' },
  ])('$input.length characters -> $expected.length', ({ input, expected }) => {
    expect(shortEcho(input)).toBe(expected);
  });
});

describe('isolatedEcho', () => {
  it('isolates a right-to-left override from the sentence around it', () => {
    expect(isolatedEcho('\u202Eevil')).toBe('\u2068\u202Eevil\u2069');
    expect(isolatedEcho('עברית')).toBe('\u2068עברית\u2069');
    expect(isolatedEcho(`\u202E${'z'.repeat(50)}`)).toBe(`\u2068\u202E${'z'.repeat(39)}…\u2069`);
  });

  it('leaves left-to-right text as typed, cut short', () => {
    expect(isolatedEcho('abc')).toBe('abc');
    expect(isolatedEcho('z'.repeat(50))).toBe(`${'z'.repeat(40)}…`);
  });
});
