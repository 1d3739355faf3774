import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

describe('afterPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('resolves in a task after the next animation frame, not before it', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    const done = afterPaint(10_000).then(() => order.push('resolved'));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]!(0);
    order.push('frame');
    await done;
    expect(order).toEqual(['frame', 'resolved']);
  });

  it('resolves after the fallback when no frame comes (a hidden page)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    let resolved = false;
    void afterPaint(100).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });
});
