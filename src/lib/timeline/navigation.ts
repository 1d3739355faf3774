// Keyboard movement along the timeline: one tab stop, the arrow keys walk the milestones in time order.

export type Move = 'previous' | 'next' | 'first' | 'last';

const KEYS: Record<string, Move> = { ArrowLeft: 'previous', ArrowRight: 'next', Home: 'first', End: 'last' };

export function moveForKey(key: string): Move | null {
  return KEYS[key] ?? null;
}

/** The index after a move; stays put at either end (no wrapping: the story has a start and an end). */
export function step(index: number, move: Move, count: number): number {
  if (count === 0) return -1;
  const at = Math.min(count - 1, Math.max(0, index));
  switch (move) {
    case 'previous':
      return index < 0 ? 0 : Math.max(0, at - 1);
    case 'next':
      return index < 0 ? 0 : Math.min(count - 1, at + 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}

/** "+" and "−" zoom; "=" is "+" without Shift on most keyboards. */
export function zoomForKey(key: string): 'in' | 'out' | null {
  if (key === '+' || key === '=' || key === 'Add') return 'in';
  if (key === '-' || key === '_' || key === 'Subtract' || key === '−') return 'out';
  return null;
}
