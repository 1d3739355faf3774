import { describe, expect, it, vi } from 'vitest';
import { MapZoom } from './map-zoom';

function zoomer() {
  const onZoom = vi.fn();
  const zoom = new MapZoom({ onZoom, onGesture: () => {}, wheelAllowed: () => true, onWheelRefused: () => {}, reducedMotion: () => true });
  return { zoom, onZoom };
}

const svg = () => document.createElementNS('http://www.w3.org/2000/svg', 'svg');

describe('MapZoom', () => {
  it('carries out a zoom asked for before the picture is in place, once it is attached', async () => {
    const { zoom, onZoom } = zoomer();
    zoom.zoomTo({ k: 2, x: -100, y: -50 });
    // The engine arrives first (an address's zoom, a preset); the picture is hydrated a task later.
    await import('./map-zoom-engine');
    await vi.dynamicImportSettled();
    expect(onZoom).not.toHaveBeenCalled();
    const detach = zoom.attach(svg());
    await vi.waitFor(() => expect(onZoom).toHaveBeenCalledWith({ k: 2, x: -100, y: -50 }));
    detach();
  });

  it('zooms an attached picture at once, and only once for a request made before', async () => {
    const { zoom, onZoom } = zoomer();
    const detach = zoom.attach(svg());
    zoom.zoomTo({ k: 3, x: -200, y: -100 }, false);
    await vi.waitFor(() => expect(onZoom).toHaveBeenCalledWith({ k: 3, x: -200, y: -100 }));
    expect(onZoom).toHaveBeenCalledTimes(1);
    detach();
  });

  it('tells its watchers each transform it sets, until they stop watching', async () => {
    const { zoom } = zoomer();
    const seen: number[] = [];
    const stop = zoom.watch((t) => seen.push(t.k));
    const detach = zoom.attach(svg());
    zoom.zoomTo({ k: 2, x: 0, y: 0 }, false);
    await vi.waitFor(() => expect(seen).toEqual([2]));
    stop();
    zoom.zoomTo({ k: 3, x: 0, y: 0 }, false);
    await vi.dynamicImportSettled();
    expect(seen).toEqual([2]);
    detach();
  });
});
