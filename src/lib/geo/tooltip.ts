// Where a tooltip goes: beside the pointer, never under it, always inside the frame.
export interface Size {
  width: number;
  height: number;
}

/** Gap between the pointer and the tooltip, larger than a finger or cursor so neither hides it. */
export const POINTER_GAP = 16;

export function placeTooltip(pointer: { x: number; y: number }, tip: Size, frame: Size, gap = POINTER_GAP): { left: number; top: number } {
  const fitsRight = pointer.x + gap + tip.width <= frame.width;
  const fitsBelow = pointer.y + gap + tip.height <= frame.height;
  let left = fitsRight ? pointer.x + gap : pointer.x - gap - tip.width;
  let top = fitsBelow ? pointer.y + gap : pointer.y - gap - tip.height;
  left = Math.max(0, Math.min(left, frame.width - tip.width));
  top = Math.max(0, Math.min(top, frame.height - tip.height));
  return { left, top };
}
