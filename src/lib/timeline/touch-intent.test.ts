import { describe, expect, it } from 'vitest';
import { touchIntent } from './touch-intent';

describe('touchIntent', () => {
  it.each([
    { dx: 0, dy: 0, expected: 'undecided' },
    { dx: 3, dy: -3, expected: 'undecided' },
    { dx: 0, dy: -40, expected: 'scroll' },
    { dx: 10, dy: 30, expected: 'scroll' },
    { dx: 20, dy: 20, expected: 'scroll' },
    { dx: -40, dy: 5, expected: 'pan' },
    { dx: 30, dy: -12, expected: 'pan' },
  ])('a move of ($dx, $dy) px is $expected', ({ dx, dy, expected }) => {
    expect(touchIntent(dx, dy)).toBe(expected);
  });
});
