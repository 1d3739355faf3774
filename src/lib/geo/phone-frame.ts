// The map's frame on a phone: 60% as tall as it is wide, not the world's 45% (960×430), so the world is drawn taller
// and its far east and west (the Pacific, where the programme has no country) are cut off at the sides.
// Rule: PHONE_QUERY and PHONE_RATIO say what InteractiveMap.svelte's stylesheet does (its @media rule); change both.
import { fitTransform, type Transform } from './zoom';
import { MAP_HEIGHT, MAP_WIDTH, type Bounds } from './projection';

export const PHONE_QUERY = '(max-width: 480px)';
export const PHONE_RATIO = 0.6;

/** How much of the map's width (in map units) a frame of this size shows: all of it, or its middle if it is taller. */
export function shownWidth(frameWidth: number, frameHeight: number): number {
  if (frameWidth <= 0 || frameHeight <= 0) return MAP_WIDTH;
  return Math.min(MAP_WIDTH, (MAP_HEIGHT * frameWidth) / frameHeight);
}

/** Where the picture, drawn at the frame's height, starts and how many px a map unit is, in a frame of this size. */
export function pictureInFrame(frameWidth: number, frameHeight: number): { offset: number; scale: number } {
  const scale = frameWidth / shownWidth(frameWidth, frameHeight);
  return { scale, offset: (frameWidth - scale * MAP_WIDTH) / 2 };
}

/** fitTransform into the part of the map shown (its middle `shown` units), so a zoomed region is not cut at the sides. */
export function fitShown(bounds: Bounds, shown: number, padding?: number, maxK?: number): Transform {
  const t = fitTransform(bounds, shown, MAP_HEIGHT, padding, maxK);
  return { ...t, x: t.x + (MAP_WIDTH - shown) / 2 };
}
