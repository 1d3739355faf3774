import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint.svelte';

/** Runs `body` inside an effect root, as a component's script would, and returns its cleanup. */
function rooted<T>(body: () => T): [T, () => void] {
  let value!: T;
  const stop = $effect.root(() => {
    value = body();
  });
  flushSync();
  return [value, stop];
}

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] }));
  afterEach(() => vi.useRealTimers());

  it('starts with the value as it is, and takes a change only after the next frame has painted', () => {
    let source = $state('world');
    const [follower, stop] = rooted(() => afterNextPaint(() => source));
    expect(follower.current).toBe('world');
    source = 'country:NG';
    flushSync();
    expect(follower.current).toBe('world');
    vi.advanceTimersToNextFrame();
    // The frame that shows the change to the user has gone by; the follower changes in the next.
    expect(follower.current).toBe('world');
    vi.advanceTimersToNextFrame();
    expect(follower.current).toBe('country:NG');
    stop();
  });

  it('skips a value replaced within the same frame', () => {
    let source = $state('world');
    const seen: string[] = [];
    const [follower, stop] = rooted(() => {
      const f = afterNextPaint(() => source);
      $effect(() => void seen.push(f.current));
      return f;
    });
    source = 'country:NG';
    flushSync();
    source = 'country:GH';
    flushSync();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    flushSync();
    expect(follower.current).toBe('country:GH');
    expect(seen).toEqual(['world', 'country:GH']);
    stop();
  });

  it('treats a rebuilt object with the same key as no change', () => {
    let key = $state('country:NG');
    let other = $state(0);
    const [follower, stop] = rooted(() => afterNextPaint(() => { void other; return { key }; }, (a, b) => a.key === b.key));
    const first = follower.current;
    other = 1;
    flushSync();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(follower.current).toBe(first);
    key = 'region:see';
    flushSync();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(follower.current).toEqual({ key: 'region:see' });
    stop();
  });

  it('drops a pending change when its owner is destroyed', () => {
    let source = $state('world');
    const [follower, stop] = rooted(() => afterNextPaint(() => source));
    source = 'country:NG';
    flushSync();
    stop();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(follower.current).toBe('world');
  });
});
