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

export type KeyAction = { kind: 'close' } | { kind: 'zoom'; factor: number } | { kind: 'move'; to: number };

/**
 * What a key pressed on the milestone at `index` (of `count`) does: Escape closes an open card, + and − zoom about
 * it, the arrows, Home and End move. Null for keys the timeline leaves alone (with Alt, Meta, or Ctrl but for
 * Ctrl + Home/End), and for a move that goes nowhere.
 */
export function keyAction(key: string, modifiers: { altKey: boolean; metaKey: boolean; ctrlKey: boolean }, index: number, count: number, cardOpen: boolean): KeyAction | null {
  if (modifiers.altKey || modifiers.metaKey || (modifiers.ctrlKey && key !== 'Home' && key !== 'End')) return null;
  if (key === 'Escape') return cardOpen ? { kind: 'close' } : null;
  const zoom = zoomForKey(key);
  if (zoom) return { kind: 'zoom', factor: zoom === 'in' ? 2 : 0.5 };
  const move = moveForKey(key);
  const to = move ? step(index, move, count) : -1;
  return to < 0 || to === index ? null : { kind: 'move', to };
}
