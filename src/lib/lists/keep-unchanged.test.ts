import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './keep-unchanged';

type Item = { key: string; fill: string; label: string | null };

describe('keepUnchanged', () => {
  it('keeps the earlier object of an unchanged item and takes the new one of a changed item', () => {
    const keep = keepUnchanged<Item>((i) => i.key);
    const first = keep([
      { key: 'a', fill: '#fff', label: null },
      { key: 'b', fill: '#000', label: 'B' },
    ]);
    const second = keep([
      { key: 'a', fill: '#fff', label: null },
      { key: 'b', fill: '#111', label: 'B' },
      { key: 'c', fill: '#222', label: null },
    ]);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second.map((i) => i.fill)).toEqual(['#fff', '#111', '#222']);
  });

  it('compares with the list it was last given, not an older one', () => {
    const keep = keepUnchanged<Item>((i) => i.key);
    const [a1] = keep([{ key: 'a', fill: '#fff', label: null }]);
    keep([{ key: 'a', fill: '#000', label: null }]);
    const [a3] = keep([{ key: 'a', fill: '#fff', label: null }]);
    expect(a3).not.toBe(a1);
    expect(a3).toEqual(a1);
  });

  it.each([
    { change: { label: 'A' }, kept: false },
    { change: { fill: '#fff' }, kept: true },
  ])('an item changed by $change is kept: $kept', ({ change, kept }) => {
    const keep = keepUnchanged<Item>((i) => i.key);
    const [before] = keep([{ key: 'a', fill: '#fff', label: null }]);
    const [after] = keep([{ key: 'a', fill: '#fff', label: null, ...change }]);
    expect(after === before).toBe(kept);
  });
});
