// Each milestone category has a colour and a shape, so colour is never the only cue; the legend names both.
import { MILESTONE_CATEGORIES, type MilestoneCategory } from '../schema/vocab';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star';

export interface CategoryStyle {
  shape: Shape;
  /** On white: at least 4.5:1, so it also serves as text colour. */
  colour: string;
  /** On the presentation's black: at least 7:1. */
  projectorColour: string;
}

export const CATEGORY_STYLES: Record<MilestoneCategory, CategoryStyle> = {
  policy: { shape: 'circle', colour: '#1f5fa8', projectorColour: '#8ec1ff' },
  'capacity-building': { shape: 'square', colour: '#17734a', projectorColour: '#6fe0a6' },
  research: { shape: 'triangle', colour: '#7b3fa0', projectorColour: '#d2b0ff' },
  partnership: { shape: 'diamond', colour: '#a8460a', projectorColour: '#ffb877' },
  programme: { shape: 'star', colour: '#a8123e', projectorColour: '#ff9fb8' },
};

export const CATEGORIES = MILESTONE_CATEGORIES;

/**
 * The category's colour on the page: app.css's variable, which holds `colour` for the light scheme and
 * `projectorColour` for the dark one (palettes.test.ts checks they agree). Exports use CATEGORY_STYLES directly.
 */
export const categoryColour = (category: MilestoneCategory) => `var(--category-${category})`;

/**
 * A shape as where its outline starts in the 16×16 box, then relative steps: drawn at any offset by moving the start
 * only, so many marks can share one path (the timeline's marks during a wheel gesture).
 */
export interface ShapeOutline {
  start: readonly [number, number];
  steps: string;
}

/** Shapes in a 16×16 box centred on (8, 8), of similar visual weight. */
export const SHAPE_OUTLINES: Record<Shape, ShapeOutline> = {
  circle: { start: [1.75, 8], steps: 'a6.25 6.25 0 1 0 12.5 0a6.25 6.25 0 1 0 -12.5 0z' },
  square: { start: [2.5, 2.5], steps: 'h11v11h-11z' },
  triangle: { start: [8, 1.25], steps: 'l6.9 12.75h-13.8z' },
  diamond: { start: [8, 0.75], steps: 'l7.25 7.25l-7.25 7.25l-7.25 -7.25z' },
  // A five-pointed star centred on (8, 8.6), points 7.6 and 3.3 from the centre, as numbers (categories.test.ts
  // derives it): computed at load it was 7 ms of the entry's evaluation at 4× CPU.
  star: { start: [8, 1], steps: 'l1.94 4.93l5.29 0.32l-4.09 3.37l1.33 5.13l-4.47 -2.85l-4.47 2.85l1.33 -5.13l-4.09 -3.37l5.29 -0.32z' },
};

/** Each shape as one path in the 16×16 box. */
export const SHAPE_PATHS = Object.fromEntries(
  Object.entries(SHAPE_OUTLINES).map(([shape, { start, steps }]) => [shape, `M${start[0]} ${start[1]}${steps}`]),
) as Record<Shape, string>;
