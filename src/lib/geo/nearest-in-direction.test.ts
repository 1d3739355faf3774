import { describe, expect, it } from 'vitest';
import { geoNaturalEarth1 } from 'd3-geo';
import { nearestInDirection, type Direction, type Placed } from './nearest-in-direction';

// Real centres (longitude, latitude) projected as a map would: y grows downwards.
const projection = geoNaturalEarth1();
const places: Placed[] = [
  ['MNE', 19.3, 42.7],
  ['ITA', 12.5, 42.8],
  ['SRB', 20.8, 44.0],
  ['ALB', 20.0, 41.1],
  ['BIH', 17.8, 44.2],
  ['MKD', 21.7, 41.6],
  ['HRV', 16.0, 45.4],
  ['BGR', 25.5, 42.7],
].map(([code, lon, lat]) => ({ code: code as string, point: projection([lon as number, lat as number]) as [number, number] }));
const at = (code: string) => places.find((p) => p.code === code)!;

describe('nearestInDirection', () => {
  it.each<{ from: string; direction: Direction; expected: string | undefined }>([
    // Right from Montenegro goes east (Serbia, north-east and nearest), never to Italy in the west.
    { from: 'MNE', direction: 'right', expected: 'SRB' },
    { from: 'MNE', direction: 'left', expected: 'BIH' },
    { from: 'MNE', direction: 'up', expected: 'SRB' },
    { from: 'ITA', direction: 'right', expected: 'MNE' },
    { from: 'ALB', direction: 'right', expected: 'MKD' },
    { from: 'MNE', direction: 'down', expected: 'ALB' },
    { from: 'ITA', direction: 'left', expected: undefined },
    { from: 'BGR', direction: 'right', expected: undefined },
    { from: 'HRV', direction: 'up', expected: undefined },
  ])('$direction from $from goes to $expected', ({ from, direction, expected }) => {
    expect(nearestInDirection(at(from), places, direction)).toBe(expected);
  });

  it('prefers a place straight ahead to a nearer one far aside', () => {
    const grid: Placed[] = [
      { code: 'from', point: [0, 0] },
      { code: 'ahead', point: [10, 0] },
      { code: 'aside', point: [4, 6] },
    ];
    expect(nearestInDirection(grid[0]!, grid, 'right')).toBe('ahead');
  });

  it('never returns the place it starts from, and nothing from an empty map', () => {
    const alone: Placed = { code: 'x', point: [1, 1] };
    expect(nearestInDirection(alone, [alone], 'up')).toBeUndefined();
    expect(nearestInDirection(alone, [], 'down')).toBeUndefined();
  });
});
