// Spatial keyboard moves on the map: an arrow key goes to the nearest country that lies in its direction, judged on
// the countries' projected centres (the map's own coordinates, y downwards), so Right from Montenegro never lands on
// Italy, to its west.

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  code: string;
  point: readonly [number, number];
}

const AXES: Record<Direction, { along: [number, number] }> = {
  right: { along: [1, 0] },
  left: { along: [-1, 0] },
  down: { along: [0, 1] },
  up: { along: [0, -1] },
};

/** The arrow keys' directions; other keys are not moves. */
export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = { ArrowRight: 'right', ArrowLeft: 'left', ArrowDown: 'down', ArrowUp: 'up' };

/**
 * The code of the place nearest to `from` in `direction`, or undefined when none lies that way. A place counts when
 * it is ahead along the axis and within 60° of it; among those, the distance ahead plus twice the distance aside
 * decides (as browsers' spatial navigation weighs it), so a place straight ahead beats a nearer one far off-axis.
 */
export function nearestInDirection(from: Placed, places: readonly Placed[], direction: Direction): string | undefined {
  const [ax, ay] = AXES[direction].along;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const place of places) {
    if (place.code === from.code) continue;
    const dx = place.point[0] - from.point[0];
    const dy = place.point[1] - from.point[1];
    const ahead = dx * ax + dy * ay;
    const aside = Math.abs(dx * ay - dy * ax);
    if (ahead <= 0 || aside > ahead * Math.tan(Math.PI / 3)) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = place.code;
    }
  }
  return best;
}
