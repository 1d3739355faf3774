import { describe, expect, it } from 'vitest';
import { KEY_ZOOM, mapKeyAction, panToShow } from './map-keys';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';

const order = ['BA', 'NG', 'SN'];

describe('mapKeyAction', () => {
  it('walks every country in list order with Page Down and Page Up, round the ends', () => {
    expect(mapKeyAction('PageDown', 'NG', order)).toEqual({ kind: 'focus', code: 'SN' });
    expect(mapKeyAction('PageDown', 'SN', order)).toEqual({ kind: 'focus', code: 'BA' });
    expect(mapKeyAction('PageUp', 'BA', order)).toEqual({ kind: 'focus', code: 'SN' });
  });

  it('goes to the ends with Home and End, opens with Enter or Space, zooms with + = and −, leaves with Escape', () => {
    expect(mapKeyAction('Home', 'NG', order)).toEqual({ kind: 'focus', code: 'BA' });
    expect(mapKeyAction('End', 'NG', order)).toEqual({ kind: 'focus', code: 'SN' });
    expect(mapKeyAction('Enter', 'NG', order)).toEqual({ kind: 'open' });
    expect(mapKeyAction(' ', 'NG', order)).toEqual({ kind: 'open' });
    expect(mapKeyAction('+', 'NG', order)).toEqual({ kind: 'zoom', factor: KEY_ZOOM });
    expect(mapKeyAction('=', 'NG', order)).toEqual({ kind: 'zoom', factor: KEY_ZOOM });
    expect(mapKeyAction('-', 'NG', order)).toEqual({ kind: 'zoom', factor: 1 / KEY_ZOOM });
    expect(mapKeyAction('Escape', 'NG', order)).toEqual({ kind: 'leave' });
  });

  it('hands the arrows to the spatial search and leaves other keys (Tab, letters) alone', () => {
    expect(mapKeyAction('ArrowLeft', 'NG', order)).toEqual({ kind: 'arrow' });
    expect(mapKeyAction('Tab', 'NG', order)).toBeNull();
    expect(mapKeyAction('a', 'NG', order)).toBeNull();
  });
});

describe('panToShow', () => {
  const world = { k: 1, x: 0, y: 0 };
  it('leaves a point in sight where it is', () => {
    expect(panToShow([MAP_WIDTH / 2, MAP_HEIGHT / 2], world, 30)).toBeNull();
  });

  it('centres a point outside the margin, keeping the zoom', () => {
    const zoomed = { k: 4, x: -1000, y: -400 };
    const to = panToShow([10, 10], zoomed, 30)!;
    expect(to.k).toBe(4);
    expect(to.x + to.k * 10).toBeCloseTo(MAP_WIDTH / 2);
    expect(to.y + to.k * 10).toBeCloseTo(MAP_HEIGHT / 2);
  });

  it('counts a wider margin (a phone cuts the picture’s sides) as out of sight', () => {
    expect(panToShow([100, MAP_HEIGHT / 2], world, 30)).toBeNull();
    expect(panToShow([100, MAP_HEIGHT / 2], world, 150)).not.toBeNull();
  });
});
