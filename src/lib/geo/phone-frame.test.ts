import { describe, expect, it } from 'vitest';
import { fitShown, pictureInFrame, shownWidth } from './phone-frame';
import { fitTransform } from './zoom';
import { MAP_HEIGHT, MAP_WIDTH, type Bounds } from './projection';

describe('the phone frame', () => {
  it.each([
    { frame: [960, 430], shown: 960 },
    { frame: [1920, 860], shown: 960 },
    { frame: [1000, 300], shown: 960 },
    { frame: [366, 219.6], shown: 716.67 },
    { frame: [0, 0], shown: 960 },
  ])('a $frame frame shows $shown map units of width', ({ frame, shown }) => {
    expect(shownWidth(frame[0]!, frame[1]!)).toBeCloseTo(shown, 1);
  });

  it('draws the picture at the frame height, centred: the sides overflow equally', () => {
    const { scale, offset } = pictureInFrame(366, 366 * 0.6);
    expect(scale * MAP_HEIGHT).toBeCloseTo(366 * 0.6, 6);
    expect(offset).toBeLessThan(0);
    expect(offset * 2 + scale * MAP_WIDTH).toBeCloseTo(366, 6);
    expect(pictureInFrame(960, 430)).toEqual({ scale: 1, offset: 0 });
  });

  it('fits a region inside the part shown', () => {
    const bounds: Bounds = [[400, 200], [520, 280]];
    const shown = MAP_HEIGHT / 0.6;
    const t = fitShown(bounds, shown, 0.08);
    const left = (MAP_WIDTH - shown) / 2;
    expect(t.x + t.k * 400).toBeGreaterThanOrEqual(left);
    expect(t.x + t.k * 520).toBeLessThanOrEqual(left + shown);
    expect(fitShown(bounds, MAP_WIDTH, 0.08)).toEqual(fitTransform(bounds, MAP_WIDTH, MAP_HEIGHT, 0.08));
  });
});
