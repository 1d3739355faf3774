import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleHider, KioskLoop } from './timers';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('IdleHider', () => {
  it('hides the controls 2 s after the last pointer movement and shows them on the next', () => {
    const seen: boolean[] = [];
    const hider = new IdleHider((v) => seen.push(v));
    vi.advanceTimersByTime(1999);
    expect(hider.visible).toBe(true);
    vi.advanceTimersByTime(1);
    expect(hider.visible).toBe(false);
    hider.poke();
    expect(hider.visible).toBe(true);
    vi.advanceTimersByTime(1500);
    hider.poke(); // a movement restarts the quiet time
    vi.advanceTimersByTime(1500);
    expect(hider.visible).toBe(true);
    vi.advanceTimersByTime(500);
    expect(seen).toEqual([false, true, false]);
  });
  it('stops', () => {
    const hider = new IdleHider(() => {});
    hider.stop();
    vi.advanceTimersByTime(5000);
    expect(hider.visible).toBe(true);
  });
});

describe('KioskLoop', () => {
  function setup(count = 3) {
    let index = 0;
    const loop = new KioskLoop({ advance: () => (index = (index + 1) % count), toStart: () => (index = 0), stepMs: 5000, idleMs: 60_000 });
    return { loop, at: () => index };
  }
  it('plays round and round', () => {
    const { loop, at } = setup();
    loop.play();
    const seen = [at()];
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(5000);
      seen.push(at());
    }
    expect(seen).toEqual([0, 1, 2, 0, 1]);
  });
  it('pauses on a key or touch, then after the idle time goes back to the start and plays again', () => {
    const { loop, at } = setup();
    loop.play();
    vi.advanceTimersByTime(10_000);
    expect(at()).toBe(2);
    loop.interrupt();
    expect(loop.playing).toBe(false);
    vi.advanceTimersByTime(59_999);
    expect(at()).toBe(2);
    loop.interrupt(); // every touch restarts the quiet time
    vi.advanceTimersByTime(59_999);
    expect(at()).toBe(2);
    vi.advanceTimersByTime(1);
    expect([at(), loop.playing]).toEqual([0, true]);
    vi.advanceTimersByTime(5000);
    expect(at()).toBe(1);
  });
  it('takes new times while playing, and stops', () => {
    const { loop, at } = setup();
    loop.play();
    loop.setTimes(1000, 2000);
    vi.advanceTimersByTime(1000);
    expect(at()).toBe(1);
    loop.stop();
    vi.advanceTimersByTime(10_000);
    expect([at(), loop.playing]).toEqual([1, false]);
  });
});
