import { describe, expect, it } from 'vitest';
import { CATEGORY_STYLES, SHAPE_OUTLINES } from './categories';
import { ghostAt, ghostPaths, MARK_UNIT, type GhostMark } from './ghost';

const marks: GhostMark[] = [
  { id: 'a', category: 'policy', approximate: false, x: 100, y: 50 },
  { id: 'b', category: 'policy', approximate: true, x: 200, y: 50 },
  { id: 'c', category: 'research', approximate: false, x: 300, y: 24 },
  { id: 'd', category: 'policy', approximate: false, x: 400, y: 76 },
];

/** Each subpath's start, in px. */
function starts(d: string): [number, number][] {
  return [...d.matchAll(/M([-\d.]+) ([-\d.]+)/g)].map(([, x, y]) => [Number(x) * MARK_UNIT, Number(y) * MARK_UNIT]);
}

describe('ghostPaths', () => {
  it('draws one path per category and certainty, each mark once', () => {
    const paths = ghostPaths(marks, { k: 1, tx: 0 });
    expect(paths.map((p) => [p.category, p.approximate])).toEqual([
      ['policy', false],
      ['policy', true],
      ['research', false],
    ]);
    expect(paths.map((p) => starts(p.d).length)).toEqual([2, 1, 1]);
  });

  it('puts each shape where its mark is: the shape box centred on the mark, moved by the shift, not resized', () => {
    const shift = { k: 2.5, tx: -120 };
    const [policy] = ghostPaths(marks, shift);
    const { start, steps } = SHAPE_OUTLINES[CATEGORY_STYLES.policy.shape];
    const expected = [marks[0]!, marks[3]!].map((m) => [shift.k * m.x + shift.tx + (start[0] - 8) * MARK_UNIT, m.y + (start[1] - 8) * MARK_UNIT]);
    for (const [i, [x, y]] of starts(policy!.d).entries()) {
      expect(x).toBeCloseTo(expected[i]![0]!, 1);
      expect(y).toBeCloseTo(expected[i]![1]!, 1);
    }
    // The steps are the shape's own, whatever the zoom: the mark keeps its size.
    expect(policy!.d.split(steps).length - 1).toBe(2);
  });

  it('has nothing to draw for no marks', () => {
    expect(ghostPaths([], { k: 1, tx: 0 })).toEqual([]);
  });
});

describe('ghostAt', () => {
  const shift = { k: 2, tx: -100 };
  it('finds the mark whose box is under the point, after the shift', () => {
    // a is drawn at 2·100 − 100 = 100, c at 500.
    expect(ghostAt(marks, shift, 105, 55, 24)?.id).toBe('a');
    expect(ghostAt(marks, shift, 495, 20, 24)?.id).toBe('c');
  });

  it('finds nothing between marks or off their row', () => {
    expect(ghostAt(marks, shift, 150, 50, 24)).toBeUndefined();
    expect(ghostAt(marks, shift, 100, 80, 24)).toBeUndefined();
  });
});
