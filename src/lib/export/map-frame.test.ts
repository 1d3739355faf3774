import { describe, expect, it } from 'vitest';
import { exportFrame, fitAspect, inBox, paddedBox, visibleBox } from './map-frame';

const size = { width: 960, height: 430 };

describe('the part of the map an export shows', () => {
  it.each([
    { t: { k: 1, x: 0, y: 0 }, expected: { x: 0, y: 0, width: 960, height: 430 } },
    { t: { k: 2, x: -480, y: -215 }, expected: { x: 240, y: 107.5, width: 480, height: 215 } },
    { t: { k: 4, x: -1600, y: -600 }, expected: { x: 400, y: 150, width: 240, height: 107.5 } },
  ])('undoes the zoom $t', ({ t, expected }) => {
    expect(visibleBox(t, size)).toEqual(expected);
  });

  it('frames what the screen shows when zoomed in, whatever region the filters chose', () => {
    const t = { k: 4, x: -1600, y: -600 };
    expect(exportFrame({ transform: t, size, region: [[0, 0], [10, 10]] })).toEqual(visibleBox(t, size));
  });

  it('frames the chosen region, with a margin, when the screen shows the whole world', () => {
    const frame = exportFrame({ transform: { k: 1, x: 0, y: 0 }, size, region: [[400, 200], [500, 250]] });
    expect(frame).toEqual({ x: 392, y: 192, width: 116, height: 66 });
    expect(exportFrame({ transform: { k: 1, x: 0, y: 0 }, size, region: null })).toEqual({ x: 0, y: 0, width: 960, height: 430 });
  });

  it('pads by the larger side', () => {
    expect(paddedBox([[0, 0], [100, 10]], 0.1)).toEqual({ x: -10, y: -10, width: 120, height: 30 });
  });

  it.each([
    { box: { x: 0, y: 0, width: 100, height: 100 }, aspect: 2, expected: { x: -50, y: 0, width: 200, height: 100 } },
    { box: { x: 0, y: 0, width: 100, height: 100 }, aspect: 0.5, expected: { x: 0, y: -50, width: 100, height: 200 } },
    { box: { x: 10, y: 10, width: 200, height: 100 }, aspect: 2, expected: { x: 10, y: 10, width: 200, height: 100 } },
  ])('grows $box about its centre to aspect $aspect, never cutting it', ({ box, aspect, expected }) => {
    const fitted = fitAspect(box, aspect);
    expect(fitted).toEqual(expected);
    expect(fitted.width / fitted.height).toBeCloseTo(aspect, 9);
  });

  it('tells the points inside a frame', () => {
    const box = { x: 10, y: 10, width: 20, height: 20 };
    expect([[10, 10], [30, 30], [20, 5], [31, 20]].map((p) => inBox(box, p as [number, number]))).toEqual([true, true, false, false]);
  });
});
