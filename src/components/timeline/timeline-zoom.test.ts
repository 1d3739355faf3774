import { zoomTransform } from 'd3';
import { describe, expect, it } from 'vitest';
import { baseScale } from '../../lib/timeline/scale';
import { transformFor } from '../../lib/timeline/zoom';
import { TimelineZoom } from './timeline-zoom';

const zoomer = () => new TimelineZoom({ onView: () => {}, onGesture: () => {}, onWheelRefused: () => {}, reducedMotion: () => true });

describe('TimelineZoom.sync', () => {
  it('gives d3-zoom the view in the pixels of the scale it is given', () => {
    const zoom = zoomer();
    const frame = document.createElement('div');
    const detach = zoom.attach(frame);
    const base = baseScale(10, 1010);
    zoom.sync(frame, base, [2010, 2015], 400);
    expect(zoomTransform(frame)).toEqual(transformFor([2010, 2015], base));

    // Another view: the transform follows.
    zoom.sync(frame, base, [2004, 2006], 400);
    expect(zoomTransform(frame)).toEqual(transformFor([2004, 2006], base));

    // The same view at a new width (a resize): the same years, in the new pixels.
    const wider = baseScale(10, 1610);
    zoom.sync(frame, wider, [2004, 2006], 400);
    expect(zoomTransform(frame)).toEqual(transformFor([2004, 2006], wider));
    expect(zoomTransform(frame).x).not.toBeCloseTo(transformFor([2004, 2006], base).x);
    detach();
  });

  it('leaves the transform alone for the view it already holds, and not for a new height', () => {
    const zoom = zoomer();
    const frame = document.createElement('div') as HTMLDivElement & { __zoom?: unknown };
    const detach = zoom.attach(frame);
    const base = baseScale(10, 1010);
    zoom.sync(frame, base, [2010, 2015], 400);
    // Within a gesture d3-zoom holds its own transform; sync, called for the view that transform made, keeps it.
    const held = zoomTransform(frame).translate(0.01, 0);
    frame.__zoom = held;
    zoom.sync(frame, base, [2010, 2015], 400);
    expect(zoomTransform(frame)).toBe(held);
    // A new height is a new extent for d3-zoom: the view's transform is set again.
    zoom.sync(frame, base, [2010, 2015], 300);
    expect(zoomTransform(frame)).toEqual(transformFor([2010, 2015], base));
    detach();
  });
});
