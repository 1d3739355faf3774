import { describe, expect, it } from 'vitest';
import type { CountrySummary } from '../projects/country-summary';
import type { MapGeometry, ShapeGeometry } from './map-geometry';
import { mapTargets, pictureItems } from './picture-items';

const shape = (key: string, code: string): ShapeGeometry => ({ key, code, d: `M0 0`, centroid: [1, 2] }) as unknown as ShapeGeometry;
const shapes = [shape('Nigeria', 'NG'), shape('Ghana', 'GH'), shape('Malta', 'MT')];
const geometry = {
  shapes,
  byCode: new Map(shapes.map((s) => [s.code!, s])),
  markerAt: (code: string) => (code === 'MT' ? ([5, 6] as [number, number]) : undefined),
} as unknown as MapGeometry;
const summary = (code: string, count: number) => ({ code, name: code, count, projects: [], region: undefined }) as CountrySummary;

describe('pictureItems', () => {
  it('draws each country once, a marker for a small state, and keeps the objects a change did not touch', () => {
    const summaries = [summary('NG', 2), summary('MT', 1)];
    const input = (colour: string, highlighted = new Set<string>()) => ({
      geometry,
      targets: mapTargets(summaries, geometry),
      byCode: new Map(summaries.map((s) => [s.code, s])),
      highlighted,
      colourOf: (s: CountrySummary) => (s.code === 'NG' ? colour : '#111'),
      label: (s: CountrySummary) => `${s.name}: ${s.count}`,
    });
    const items = pictureItems();
    const first = items.shapes(input('#abc'));
    expect(first.map((s) => [s.code, s.hasData, s.label])).toEqual([['NG', true, 'NG: 2'], ['GH', false, null], ['MT', true, null]]);
    expect(items.markers(input('#abc'))).toEqual([{ code: 'MT', cx: '5', cy: '6', highlighted: false, fill: '#111', label: 'MT: 1' }]);
    const next = items.shapes(input('#def'));
    expect(next[0]).not.toBe(first[0]);
    expect(next[0]!.fill).toBe('#def');
    expect(next[1]).toBe(first[1]);
    expect(next[2]).toBe(first[2]);
  });
});
