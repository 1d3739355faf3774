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
    for (const s of styles) expect(SHAPE_PATHS[s.shape]).toMatch(/^M.*Z$/);
  });

  it.each(MILESTONE_CATEGORIES)('%s is readable on white and on the projector black', (category) => {
    expect(contrast(CATEGORY_STYLES[category].colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(CATEGORY_STYLES[category].projectorColour, '#000000')).toBeGreaterThanOrEqual(7);
  });
});
