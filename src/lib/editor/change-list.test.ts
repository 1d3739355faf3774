import { describe, expect, it } from 'vitest';
import { changeList } from './change-list';

const a = { id: 'a', year: 2010, countries: ['NG'], sources: [{ seed: 's', quote: 'q' }] };
const b = { id: 'b', year: 2012 };

describe('the change list', () => {
  it.each([
    { name: 'nothing changed', before: [a, b], after: [a, b], expected: [] },
    { name: 'a record added', before: [a], after: [a, { id: 'new-one', year: 2011 }], expected: ['added milestone new-one'] },
    { name: 'a record removed', before: [a, b], after: [a], expected: ['removed milestone b'] },
    { name: 'a year changed', before: [a, b], after: [{ ...a, year: 2009 }, b], expected: ["changed milestone a's year 2010 → 2009"] },
    { name: 'a list changed', before: [a], after: [{ ...a, countries: ['NG', 'GH'] }], expected: ["changed milestone a's countries NG → NG, GH"] },
    { name: 'a field added', before: [b], after: [{ ...b, yearNote: 'why' }], expected: ['changed milestone b\'s yearNote (none) → "why"'] },
    { name: 'a quote changed', before: [a], after: [{ ...a, sources: [{ seed: 's', quote: 'r' }] }], expected: ['changed milestone a\'s sources.1.quote "q" → "r"'] },
    { name: 'the order changed', before: [a, b], after: [b, a], expected: ['changed the order of the milestone records'] },
  ])('$name', ({ before, after, expected }) => {
    expect(changeList('milestone', before, after)).toEqual(expected);
  });
});
