import { describe, expect, it } from 'vitest';
import { MILESTONE_CATEGORIES } from '../schema/vocab';
import { CATEGORY_STYLES, SHAPE_PATHS } from './categories';

/** WCAG relative luminance contrast. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('category styles', () => {
  it('every category has its own shape and colour', () => {
    const styles = MILESTONE_CATEGORIES.map((c) => CATEGORY_STYLES[c]);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(MILESTONE_CATEGORIES.length);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(MILESTONE_CATEGORIES.length);
    for (const s of styles) expect(SHAPE_PATHS[s.shape]).toMatch(/^M[-\d. ]+[a-y][^MZ]*z$/);
  });

  it.each(MILESTONE_CATEGORIES)('%s is readable on white and on the projector black', (category) => {
    expect(contrast(CATEGORY_STYLES[category].colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CATEGORY_STYLES[category].projectorColour, '#000000')).toBeGreaterThanOrEqual(7);
  });
});

describe('shape outlines', () => {
  /** The points an outline passes through, following its steps from the start (arcs by their end point). */
  function corners(path: string): [number, number][] {
    const [, x0, y0, rest] = /^M([-\d.]+) ([-\d.]+)(.*)z$/.exec(path)!;
    let [x, y] = [Number(x0), Number(y0)];
    const out: [number, number][] = [[x, y]];
    for (const [, cmd, args] of rest!.matchAll(/([alhv])([^alhvz]*)/g)) {
      const n = args!.trim().split(/[ ,]+/).map(Number);
      if (cmd === 'h') x += n[0]!;
      else if (cmd === 'v') y += n[0]!;
      else if (cmd === 'l') [x, y] = [x + n[0]!, y + n[1]!];
      else [x, y] = [x + n[5]!, y + n[6]!];
      out.push([x, y]);
    }
    return out;
  }

  it('every shape stays inside the mark viewBox of -1…17', () => {
    for (const path of Object.values(SHAPE_PATHS)) {
      const points = corners(path);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(-1);
        expect(x).toBeLessThanOrEqual(17);
        expect(y).toBeGreaterThanOrEqual(-1);
        expect(y).toBeLessThanOrEqual(17);
      }
    }
  });

  it('the square and the diamond have their corners where they were drawn', () => {
    expect(corners(SHAPE_PATHS.square)).toEqual([[2.5, 2.5], [13.5, 2.5], [13.5, 13.5], [2.5, 13.5]]);
    expect(corners(SHAPE_PATHS.diamond)).toEqual([[8, 0.75], [15.25, 8], [8, 15.25], [0.75, 8]]);
    // The circle: two half-turns through the points left and right of the centre.
    expect(corners(SHAPE_PATHS.circle)).toEqual([[1.75, 8], [14.25, 8], [1.75, 8]]);
  });

  it('the star has ten points, evenly round its centre', () => {
    const points = corners(SHAPE_PATHS.star).slice(0, 10);
    const radii = points.map(([x, y]) => Math.hypot(x - 8, y - 8.6));
    for (const [i, r] of radii.entries()) expect(r).toBeCloseTo(i % 2 === 0 ? 7.6 : 3.3, 1);
    // Every 36°, from straight up.
    for (const [i, [x, y]] of points.entries()) {
      const turn = (((Math.atan2(y - 8.6, x - 8) * 180) / Math.PI + 90 + 360) % 360) - i * 36;
      expect(Math.abs(turn)).toBeLessThan(0.5);
    }
  });
});
