import { describe, expect, it } from 'vitest';
import { fitTransform, layerTransform, MAX_ZOOM, zoomAbout, type Transform } from './zoom';

describe('fitTransform', () => {
  it('centres the box and scales it to fit with padding', () => {
    const t = fitTransform([[100, 100], [200, 150]], 960, 430, 0.1);
    // 0.8 * min(960/100, 430/50) = 6.88
    expect(t.k).toBeCloseTo(6.88);
    expect(t.x + t.k * 150).toBeCloseTo(480);
    expect(t.y + t.k * 125).toBeCloseTo(215);
  });

  it.each([
    { box: [[10, 10], [10.1, 10.1]] as [[number, number], [number, number]], k: MAX_ZOOM },
    { box: [[-100, -100], [2000, 1000]] as [[number, number], [number, number]], k: 1 },
  ])('clamps to the zoom limits', ({ box, k }) => {
    expect(fitTransform(box, 960, 430).k).toBe(k);
  });
});

describe('zoomAbout', () => {
  it('keeps the anchor point in place', () => {
    const t = zoomAbout({ k: 2, x: -100, y: -50 }, 1.5, [480, 215]);
    expect(t.k).toBe(3);
    expect((480 - t.x) / t.k).toBeCloseTo((480 + 100) / 2);
  });

  it('never zooms out past the whole world or in past the limit', () => {
    expect(zoomAbout({ k: 1, x: 0, y: 0 }, 0.5, [0, 0]).k).toBe(1);
    expect(zoomAbout({ k: 20, x: 0, y: 0 }, 4, [0, 0]).k).toBe(MAX_ZOOM);
  });
});

describe('layerTransform', () => {
  /** Where a map point lands on screen: drawn at `held` (viewBox units → CSS px), then moved by the CSS transform. */
  function screenPoint(held: Transform, css: string, pxPerUnit: number, [px, py]: [number, number]): [number, number] {
    const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(css)!;
    const [tx, ty, r] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return [tx + r * pxPerUnit * (held.x + held.k * px), ty + r * pxPerUnit * (held.y + held.k * py)];
  }

  it.each([
    { held: { k: 1, x: 0, y: 0 }, target: { k: 3, x: -500, y: -200 }, s: 1.5 },
    { held: { k: 4, x: -1200, y: -300 }, target: { k: 2.5, x: -700, y: -180 }, s: 0.4 },
    { held: { k: 2, x: -100, y: -50 }, target: { k: 2, x: -160, y: -20 }, s: 2 },
  ])('puts every point where the target transform would draw it ($held.k → $target.k)', ({ held, target, s }) => {
    const css = layerTransform(held, target, s);
    for (const p of [[0, 0], [480, 215], [960, 430], [123.4, 321.5]] as [number, number][]) {
      const [x, y] = screenPoint(held, css, s, p);
      expect(x).toBeCloseTo(s * (target.x + target.k * p[0]), 1);
      expect(y).toBeCloseTo(s * (target.y + target.k * p[1]), 1);
    }
  });

  it('is the identity when nothing moved', () => {
    expect(layerTransform({ k: 2, x: -10, y: -5 }, { k: 2, x: -10, y: -5 }, 1.3)).toBe('translate(0px, 0px) scale(1)');
  });
});
