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

function star(cx: number, cy: number, outer: number, inner: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + r * Math.cos(angle)).toFixed(2)} ${(cy + r * Math.sin(angle)).toFixed(2)}`;
  });
  return `M${points.join('L')}Z`;
}

/** Shapes in a 16×16 box, of similar visual weight. */
export const SHAPE_PATHS: Record<Shape, string> = {
  circle: 'M1.75 8A6.25 6.25 0 1 0 14.25 8A6.25 6.25 0 1 0 1.75 8Z',
  square: 'M2.5 2.5H13.5V13.5H2.5Z',
  triangle: 'M8 1.25L14.9 14H1.1Z',
  diamond: 'M8 0.75L15.25 8L8 15.25L0.75 8Z',
  star: star(8, 8.6, 7.6, 3.3),
};
