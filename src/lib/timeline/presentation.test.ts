import { describe, expect, it } from 'vitest';
import { PresentationController, presentationAction, type Clock } from './presentation';

/** A clock that only moves when the test says so. */
class FakeClock implements Clock {
  now = 0;
  #timers = new Map<number, { at: number; callback: () => void }>();
  #next = 1;
  setTimeout(callback: () => void, ms: number) {
    const id = this.#next++;
    this.#timers.set(id, { at: this.now + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown) {
    this.#timers.delete(handle as number);
  }
  get pending() {
    return this.#timers.size;
  }
  advance(ms: number) {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.#timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = until;
  }
}

function setup(count = 4, startAt = 0) {
  const clock = new FakeClock();
  const changes: number[] = [];
  const c = new PresentationController(count, { clock, startAt, intervalMs: 5000, onChange: (p) => changes.push(p.index) });
  return { clock, c, changes };
}

describe('PresentationController stepping', () => {
  it.each([
    { start: 0, moves: ['next', 'next'], expected: 2 },
    { start: 3, moves: ['next'], expected: 3 },
    { start: 0, moves: ['previous'], expected: 0 },
    { start: 2, moves: ['first'], expected: 0 },
    { start: 0, moves: ['last'], expected: 3 },
    { start: 9, moves: [], expected: 3 },
    { start: -2, moves: [], expected: 0 },
  ] as const)('from $start, $moves → $expected', ({ start, moves, expected }) => {
    const { c } = setup(4, start);
    for (const m of moves) c[m]();
    expect(c.index).toBe(expected);
  });

  it('steps through every milestone forwards, then back', () => {
    const { c, changes } = setup(5);
    for (let i = 0; i < 4; i++) c.next();
    for (let i = 0; i < 4; i++) c.previous();
    expect(changes).toEqual([1, 2, 3, 4, 3, 2, 1, 0]);
  });

  it('handles an empty list', () => {
    const { c } = setup(0);
    c.next();
    c.play();
    expect(c.index).toBe(0);
    expect(c.playing).toBe(false);
  });

  it('stays on a valid milestone when the list shrinks', () => {
    const { c } = setup(10, 8);
    c.setCount(3);
    expect(c.index).toBe(2);
  });
});

describe('PresentationController autoplay (fake clock)', () => {
  it('advances once per interval and stops at the end', () => {
    const { c, clock } = setup(3);
    c.play();
    expect(c.playing).toBe(true);
    clock.advance(4999);
    expect(c.index).toBe(0);
    clock.advance(1);
    expect(c.index).toBe(1);
    clock.advance(5000);
    expect(c.index).toBe(2);
    expect(c.playing).toBe(false);
    expect(clock.pending).toBe(0);
  });

  it('pauses: the clock moves, the slide does not', () => {
    const { c, clock } = setup(3);
    c.play();
    clock.advance(2000);
    c.pause();
    clock.advance(60000);
    expect(c.index).toBe(0);
    expect(clock.pending).toBe(0);
  });

  it('a manual step restarts the countdown', () => {
    const { c, clock } = setup(5);
    c.play();
    clock.advance(4000);
    c.next();
    clock.advance(4000);
    expect(c.index).toBe(1);
    clock.advance(1000);
    expect(c.index).toBe(2);
  });

  it('a new interval applies at once', () => {
    const { c, clock } = setup(5);
    c.play();
    clock.advance(3000);
    c.setInterval(20000);
    clock.advance(19999);
    expect(c.index).toBe(0);
    clock.advance(1);
    expect(c.index).toBe(1);
  });

  it('playing from the end starts again from the first milestone', () => {
    const { c, clock } = setup(3, 2);
    c.play();
    expect(c.index).toBe(0);
    clock.advance(5000);
    expect(c.index).toBe(1);
  });

  it('dispose cancels the timer', () => {
    const { c, clock } = setup(3);
    c.play();
    c.dispose();
    expect(clock.pending).toBe(0);
    expect(c.playing).toBe(false);
  });
});

describe('presentationAction', () => {
  it.each([
    { key: 'PageDown', options: {}, expected: 'next' },
    { key: 'PageUp', options: {}, expected: 'previous' },
    { key: 'ArrowRight', options: {}, expected: 'next' },
    { key: 'ArrowLeft', options: {}, expected: 'previous' },
    { key: ' ', options: {}, expected: 'next' },
    { key: ' ', options: { shiftKey: true }, expected: 'previous' },
    { key: ' ', options: { onControl: true }, expected: null },
    { key: 'Home', options: {}, expected: 'first' },
    { key: 'End', options: {}, expected: 'last' },
    { key: 'Escape', options: {}, expected: 'exit' },
    { key: 'p', options: {}, expected: 'toggle-play' },
    { key: 'f', options: {}, expected: 'fullscreen' },
    { key: 'x', options: {}, expected: null },
  ])('$key $options → $expected', ({ key, options, expected }) => {
    expect(presentationAction(key, options)).toBe(expected);
  });
});
