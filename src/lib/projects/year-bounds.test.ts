import { describe, expect, it } from 'vitest';
import type { AnyFilters } from './filter-dimensions';
import { keepYearsInOrder } from './year-bounds';

describe('keepYearsInOrder', () => {
  it.each([
    { name: 'From after To moves To', filters: { from: 2016, to: 2013 }, key: 'from', expected: { from: 2016, to: 2016 } },
    { name: 'To before From moves From', filters: { from: 2016, to: 2013 }, key: 'to', expected: { from: 2013, to: 2013 } },
    { name: 'in order: unchanged', filters: { from: 2013, to: 2016 }, key: 'from', expected: { from: 2013, to: 2016 } },
    { name: 'one bound open: unchanged', filters: { from: 2016, to: null }, key: 'from', expected: { from: 2016, to: null } },
    { name: 'another filter set: the later choice wins', filters: { from: 2016, to: 2013, theme: 'research' }, key: 'theme', expected: { from: 2016, to: 2016, theme: 'research' } },
  ] as { name: string; filters: AnyFilters; key: string; expected: AnyFilters }[])('$name', ({ filters, key, expected }) => {
    expect(keepYearsInOrder(filters, key)).toEqual(expected);
  });
});
