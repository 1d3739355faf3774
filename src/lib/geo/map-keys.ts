// What a key pressed on a country of the map does. One tab stop for the map; inside it the arrows go to the nearest
// country that way (nearest-in-direction.ts, loaded with the first arrow), Page Up/Down through every country in the
// list's order (an arrow may never reach a country alone in its corner), Home/End to the ends, Enter or Space opens.
import { MAP_HEIGHT, MAP_WIDTH } from './projection';
import type { Transform } from './zoom';

export type MapKeyAction =
  | { kind: 'arrow' }
  | { kind: 'focus'; code: string }
  | { kind: 'open' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'leave' };

/** One zoom step of the + and − keys. */
export const KEY_ZOOM = 1.6;

/** The action for `key` on the country `code`, the countries in list order; null for a key the map leaves alone. */
export function mapKeyAction(key: string, code: string, order: readonly string[]): MapKeyAction | null {
  if (key.startsWith('Arrow')) return { kind: 'arrow' };
  if (key === 'PageDown' || key === 'PageUp') {
    const index = order.indexOf(code);
    return { kind: 'focus', code: order[(index + (key === 'PageDown' ? 1 : -1) + order.length) % order.length]! };
  }
  if (key === 'Home' || key === 'End') return { kind: 'focus', code: order[key === 'Home' ? 0 : order.length - 1]! };
  if (key === 'Enter' || key === ' ') return { kind: 'open' };
  if (key === '+' || key === '=') return { kind: 'zoom', factor: KEY_ZOOM };
  if (key === '-') return { kind: 'zoom', factor: 1 / KEY_ZOOM };
  if (key === 'Escape') return { kind: 'leave' };
  return null;
}

/**
 * The pan (same zoom) that brings a point into sight, or null when it is in sight already: at least `margin` map
 * units from each edge of the picture.
 */
export function panToShow(point: [number, number], t: Transform, margin: number): Transform | null {
  const x = t.x + t.k * point[0];
  const y = t.y + t.k * point[1];
  if (x >= margin && x <= MAP_WIDTH - margin && y >= margin && y <= MAP_HEIGHT - margin) return null;
  return { k: t.k, x: MAP_WIDTH / 2 - t.k * point[0], y: MAP_HEIGHT / 2 - t.k * point[1] };
}
