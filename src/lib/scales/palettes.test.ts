// @vitest-environment node
// The map's and the timeline's palettes in both schemes, as the stylesheet has them: every legend step at least 3:1
// from the page, the sea and the "no project" fill, in the light scheme too (issue 24); the timeline's colours at least 4.5:1 from the page (they are
// also text). The dark values are read from src/app.css, where the page takes them from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_STYLES } from '../timeline/categories';
import { countBins, NO_DATA_COLOUR } from './bins';
import { contrastRatio, luminance } from './contrast';
import { regionColours } from './region-colours';

const css = readFileSync(join(import.meta.dirname, '../../app.css'), 'utf8');

/** A token's light and dark values, from `--name: light-dark(#light, #dark)`. */
function token(name: string): { light: string; dark: string } {
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{3,6}),\\s*(#[0-9a-f]{3,6})\\)`, 'i').exec(css);
  if (!match) throw new Error(`app.css has no --${name}: light-dark(#…, #…)`);
  return { light: match[1]!, dark: match[2]! };
}

/**
 * The dark fill the stylesheet puts in place of each light one, on the map's shapes and the legend's swatches:
 * `[fill='#light'], [data-fill='#light'] { fill: light-dark(#light, #dark); background: light-dark(#light, #dark) … }`.
 */
const RULE = /\[fill='(#[0-9a-f]{6})'\],\s*\[data-fill='\1'\]\s*\{\s*fill:\s*light-dark\(\1,\s*(#[0-9a-f]{6})\);\s*background:\s*light-dark\(\1,\s*(#[0-9a-f]{6})\)/gi;
const rules = [...css.matchAll(RULE)];
const darkFills = new Map(rules.map((m) => [m[1]!, m[2]!]));
const darkSwatches = new Map(rules.map((m) => [m[1]!, m[3]!]));

const STEPS = countBins(1000).map((b) => b.colour);
const ratio = (a: string, b: string) => Math.round(contrastRatio(a, b) * 100) / 100;

describe('contrast', () => {
  it.each([
    { a: '#000000', b: '#ffffff', expected: 21 },
    { a: '#ffffff', b: '#ffffff', expected: 1 },
    { a: '#777', b: '#fff', expected: 4.48 },
    { a: '#0b3d5c', b: '#ffffff', expected: 11.44 },
  ])('$a on $b is $expected:1', ({ a, b, expected }) => {
    expect(ratio(a, b)).toBe(expected);
  });
  it('names a colour it cannot read', () => {
    expect(() => luminance('teal')).toThrow(/"teal" is not a #rrggbb colour/);
  });
});

describe('the map palette', () => {
  it('has a dark fill and a dark swatch for every legend step and for "no project"', () => {
    expect(STEPS).toHaveLength(5);
    for (const colour of [...STEPS, NO_DATA_COLOUR]) {
      expect(darkFills.get(colour), colour).toMatch(/^#/);
      expect(darkSwatches.get(colour), colour).toBe(darkFills.get(colour));
    }
  });

  it('keeps the dark steps in order: more projects, brighter', () => {
    const dark = STEPS.map((c) => luminance(darkFills.get(c)!));
    expect(dark).toEqual([...dark].sort((a, b) => a - b));
  });

  it('keeps the light steps in order, more projects darker, each a visible step from the next', () => {
    const light = STEPS.map(luminance);
    expect(light).toEqual([...light].sort((a, b) => b - a));
    for (let i = 1; i < STEPS.length; i++) expect(contrastRatio(STEPS[i - 1]!, STEPS[i]!), STEPS[i]).toBeGreaterThanOrEqual(1.3);
  });

  const rows = (['light', 'dark'] as const).flatMap((scheme) => {
    const fill = (c: string) => (scheme === 'light' ? c : darkFills.get(c)!);
    return STEPS.map((step) => ({
      scheme,
      step,
      shown: fill(step),
      page: token('surface')[scheme],
      sea: token('ocean')[scheme],
      none: fill(NO_DATA_COLOUR),
    }));
  });

  it.each(rows)('$scheme step $step (shown $shown): 3:1 from page, sea and no-project fill', ({ shown, page, sea, none }) => {
    expect(contrastRatio(shown, page)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(shown, sea)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(shown, none)).toBeGreaterThanOrEqual(3);
  });

  it('prints the ratios of both schemes (for docs and review)', () => {
    const table = rows.map((r) => `${r.scheme} ${r.shown}: page ${ratio(r.shown, r.page)}, sea ${ratio(r.shown, r.sea)}, none ${ratio(r.shown, r.none)}`);
    console.log(table.join('\n'));
    expect(table).toHaveLength(10);
  });

  it('keeps the region colours 3:1 from the dark page', () => {
    for (const colour of regionColours(['a', 'b', 'c', 'd', 'e', 'f', 'g']).values()) expect(contrastRatio(colour, token('surface').dark), colour).toBeGreaterThanOrEqual(3);
  });
});

describe('the timeline palette', () => {
  it.each(CATEGORIES)('%s: the stylesheet’s colours are categories.ts’s, 4.5:1 from the page in both schemes', (category) => {
    const { light, dark } = token(`category-${category}`);
    expect(light).toBe(CATEGORY_STYLES[category].colour);
    expect(dark).toBe(CATEGORY_STYLES[category].projectorColour);
    expect(contrastRatio(light, token('surface').light)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dark, token('surface').dark)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dark, token('surface-2').dark)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the page’s text colours in the dark scheme', () => {
  it.each([
    { fg: 'text', bg: 'surface' },
    { fg: 'text', bg: 'surface-3' },
    { fg: 'text-muted', bg: 'surface' },
    { fg: 'text-muted', bg: 'surface-2' },
    { fg: 'brand', bg: 'surface' },
    { fg: 'brand-2', bg: 'surface-2' },
    { fg: 'accent', bg: 'surface' },
    { fg: 'danger', bg: 'danger-bg' },
    { fg: 'warning', bg: 'warning-bg' },
    { fg: 'on-brand', bg: 'brand' },
  ])('--$fg on --$bg: 4.5:1 in both schemes', ({ fg, bg }) => {
    for (const scheme of ['light', 'dark'] as const) expect(contrastRatio(token(fg)[scheme], token(bg)[scheme]), scheme).toBeGreaterThanOrEqual(4.5);
  });
  it('--focus: 3:1 from the page in both schemes', () => {
    for (const scheme of ['light', 'dark'] as const) expect(contrastRatio(token('focus')[scheme], token('surface')[scheme])).toBeGreaterThanOrEqual(3);
  });
});
