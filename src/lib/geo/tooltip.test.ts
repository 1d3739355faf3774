import { describe, expect, it } from 'vitest';
import { placeTooltip, POINTER_GAP } from './tooltip';

const frame = { width: 800, height: 400 };
const tip = { width: 200, height: 100 };

function coversPointer(p: { x: number; y: number }, at: { left: number; top: number }) {
  return p.x >= at.left && p.x <= at.left + tip.width && p.y >= at.top && p.y <= at.top + tip.height;
}

describe('placeTooltip', () => {
  it.each([
    { pointer: { x: 100, y: 100 }, expected: { left: 100 + POINTER_GAP, top: 100 + POINTER_GAP } },
    { pointer: { x: 700, y: 100 }, expected: { left: 700 - POINTER_GAP - 200, top: 100 + POINTER_GAP } },
    { pointer: { x: 100, y: 350 }, expected: { left: 100 + POINTER_GAP, top: 350 - POINTER_GAP - 100 } },
    { pointer: { x: 790, y: 390 }, expected: { left: 790 - POINTER_GAP - 200, top: 390 - POINTER_GAP - 100 } },
  ])('places it beside $pointer', ({ pointer, expected }) => {
    expect(placeTooltip(pointer, tip, frame)).toEqual(expected);
  });

  it('stays inside the frame and off the pointer everywhere on a grid', () => {
    for (let x = 0; x <= 800; x += 25) {
      for (let y = 0; y <= 400; y += 25) {
        const at = placeTooltip({ x, y }, tip, frame);
        expect(at.left).toBeGreaterThanOrEqual(0);
        expect(at.top).toBeGreaterThanOrEqual(0);
        expect(at.left + tip.width).toBeLessThanOrEqual(800);
        expect(at.top + tip.height).toBeLessThanOrEqual(400);
        expect(coversPointer({ x, y }, at)).toBe(false);
      }
    }
  });
});
