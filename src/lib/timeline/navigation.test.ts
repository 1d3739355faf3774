import { describe, expect, it } from 'vitest';
import { keyAction, moveForKey, step, zoomForKey, type Move } from './navigation';

describe('step', () => {
  it.each<{ index: number; move: Move; count: number; expected: number }>([
    { index: 0, move: 'next', count: 3, expected: 1 },
    { index: 2, move: 'next', count: 3, expected: 2 },
    { index: 1, move: 'previous', count: 3, expected: 0 },
    { index: 0, move: 'previous', count: 3, expected: 0 },
    { index: 1, move: 'first', count: 3, expected: 0 },
    { index: 1, move: 'last', count: 3, expected: 2 },
    { index: -1, move: 'next', count: 3, expected: 0 },
    { index: -1, move: 'previous', count: 3, expected: 0 },
    { index: 7, move: 'previous', count: 3, expected: 1 },
    { index: 0, move: 'next', count: 0, expected: -1 },
  ])('$move from $index of $count → $expected', ({ index, move, count, expected }) => {
    expect(step(index, move, count)).toBe(expected);
  });

  it('visits every index in order from the first with "next"', () => {
    const visited = [0];
    for (let i = 0; i < 9; i++) visited.push(step(visited.at(-1)!, 'next', 10));
    expect(visited).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('keys', () => {
  it.each([
    { key: 'ArrowLeft', move: 'previous', zoom: null },
    { key: 'ArrowRight', move: 'next', zoom: null },
    { key: 'Home', move: 'first', zoom: null },
    { key: 'End', move: 'last', zoom: null },
    { key: '+', move: null, zoom: 'in' },
    { key: '=', move: null, zoom: 'in' },
    { key: '-', move: null, zoom: 'out' },
    { key: 'a', move: null, zoom: null },
  ])('$key', ({ key, move, zoom }) => {
    expect(moveForKey(key)).toBe(move);
    expect(zoomForKey(key)).toBe(zoom);
  });
});

describe('keyAction', () => {
  const none = { altKey: false, metaKey: false, ctrlKey: false };
  it.each([
    { key: 'Escape', cardOpen: true, index: 2, expected: { kind: 'close' } },
    { key: 'Escape', cardOpen: false, index: 2, expected: null },
    { key: '+', cardOpen: false, index: 2, expected: { kind: 'zoom', factor: 2 } },
    { key: '-', cardOpen: false, index: 2, expected: { kind: 'zoom', factor: 0.5 } },
    { key: 'ArrowRight', cardOpen: false, index: 2, expected: { kind: 'move', to: 3 } },
    { key: 'Home', cardOpen: false, index: 2, expected: { kind: 'move', to: 0 } },
    { key: 'ArrowRight', cardOpen: false, index: 4, expected: null },
    { key: 'a', cardOpen: false, index: 2, expected: null },
  ])('$key on milestone $index of 5 (card open: $cardOpen)', ({ key, cardOpen, index, expected }) => {
    expect(keyAction(key, none, index, 5, cardOpen)).toEqual(expected);
  });

  it('leaves keys with Alt, Meta or Ctrl to the browser, but for Ctrl + Home and End', () => {
    expect(keyAction('ArrowRight', { ...none, ctrlKey: true }, 2, 5, false)).toBeNull();
    expect(keyAction('ArrowRight', { ...none, altKey: true }, 2, 5, false)).toBeNull();
    expect(keyAction('End', { ...none, ctrlKey: true }, 2, 5, false)).toEqual({ kind: 'move', to: 4 });
  });
});
