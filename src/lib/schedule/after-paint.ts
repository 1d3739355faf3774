// Work that can wait for the next frame to be drawn: what the user is not looking at follows what they are.
import { yieldToMain } from './yield-to-main';

/**
 * Resolves in a task just after the browser has drawn its next frame (a task queued from requestAnimationFrame runs
 * once that frame's style, layout and paint are done). A hidden page draws no frames: after `fallbackMs` it resolves
 * anyway, so the work is still done.
 */
export function afterPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, fallbackMs);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => void yieldToMain().then(finish));
  });
}
