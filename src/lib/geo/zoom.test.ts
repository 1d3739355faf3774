import { describe, expect, it } from 'vitest';
import { fitTransform, MAX_ZOOM, zoomAbout } from './zoom';

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
