// Attack suite (issue 22), cases 5, 6, 7 and 9's history: what the map's filters show, its address reopens exactly;
// addresses a person could paste are read as a consistent view or refused with a notice; a burst of filter changes is
// one Back step.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NAME_MAX } from '../../../src/lib/schema/text';
import { parseMapParams, serializeMapParams } from '../../../src/lib/url/map-params';
import { fakeUrl } from '../../harness/fake-url';
import { MapState } from '../../../src/state/map.svelte';


/** The map a second visitor sees from the first one's address. */
const reopened = (map: MapState) => new MapState(fakeUrl(serializeMapParams('', map.params())).port);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('case 5: the year filters never cross', () => {
  it.each([
    { name: 'To 2013, then From 2016: To follows to 2016', steps: [['to', 2013], ['from', 2016]], expected: { from: 2016, to: 2016 } },
    { name: 'From 2016, then To 2013: From follows to 2013', steps: [['from', 2016], ['to', 2013]], expected: { from: 2013, to: 2013 } },
    { name: 'From 2010, then To 2018: both kept', steps: [['from', 2010], ['to', 2018]], expected: { from: 2010, to: 2018 } },
  ] as const)('$name, and the address reopens exactly that', ({ steps, expected }) => {
    const map = new MapState(fakeUrl().port);
    for (const [key, year] of steps) map.setFilter(key, year);
    expect(map.filters).toMatchObject(expected);
    const again = reopened(map);
    expect(again.filters).toEqual(map.filters);
    expect(again.ignored).toEqual([]);
  });

  it('a crossed address reopens as a consistent set, with a notice naming what was dropped', () => {
    const map = new MapState(fakeUrl('?from=2016&to=2013').port);
    const { from, to } = map.filters;
    expect(from === null || to === null || from <= to).toBe(true);
    expect(map.ignored).toEqual([{ name: 'to', value: '2013' }]);
  });
});

describe('case 6: any donor name the data may hold round-trips through the address', () => {
  const names = {
    'the schema’s longest, 300 characters': 'D'.repeat(NAME_MAX),
    '300 characters outside the BMP (600 UTF-16 units)': '𝒟'.repeat(NAME_MAX),
    'punctuation the address must escape': `Fonds & Co. ${'x'.repeat(200)} #1 + 50% = ?/€ "quoted"`,
  };
  it.each(Object.entries(names))('%s', (_, donor) => {
    const map = new MapState(fakeUrl().port);
    map.setFilter('donor', donor);
    const again = reopened(map);
    expect(again.filters.donor).toBe(donor);
    expect(again.ignored).toEqual([]);
  });

  it('a name longer than the schema allows is not one of the data’s, and is refused with a notice', () => {
    const long = 'D'.repeat(NAME_MAX + 1);
    const p = parseMapParams(`?donor=${long}`);
    expect(p.filters.donor).toBeNull();
    expect(p.ignored).toEqual([{ name: 'donor', value: long }]);
  });
});

describe('case 7: a zoom is shown inside the map’s extent or refused with a notice', () => {
  it.each([
    { search: '?zoom=8/100000/100000', name: 'far off the map' },
    { search: '?zoom=8/-100000/0', name: 'far left' },
    { search: '?zoom=1/960/0', name: 'just past the right edge' },
    { search: '?zoom=2/0/430', name: 'just below' },
  ])('$search ($name) shows no country: refused, named in the notice, the whole world shown', ({ search }) => {
    const p = parseMapParams(search);
    expect(p.zoom).toBeNull();
    expect(p.ignored).toEqual([{ name: 'zoom', value: search.slice('?zoom='.length) }]);
  });

  it.each([
    { search: '?zoom=2/100/50', expected: { k: 2, x: 0, y: 0 } },
    { search: '?zoom=4/-3800/-1300', expected: { k: 4, x: -2880, y: -1290 } },
    { search: '?zoom=1/-40/0', expected: { k: 1, x: 0, y: 0 } },
  ])('$search partly off the map is moved back inside it, as a drag would stop', ({ search, expected }) => {
    expect(parseMapParams(search).zoom).toEqual(expected);
  });

  it('a zoom inside the extent round-trips unchanged', () => {
    const p = parseMapParams('?zoom=2.5/-120.3/-40');
    expect(p.zoom).toEqual({ k: 2.5, x: -120.3, y: -40 });
    expect(p.ignored).toEqual([]);
  });
});

describe('case 9: a burst of filter changes is one history entry', () => {
  it('100 changes in a second push once; Back undoes the burst', () => {
    const url = fakeUrl();
    const map = new MapState(url.port);
    for (let i = 0; i < 100; i++) {
      map.setFilter('from', 2002 + (i % 20));
      vi.advanceTimersByTime(10);
    }
    expect(url.history).toEqual(['', '?from=2021']);
    url.back();
    map.readUrl();
    expect(map.filters.from).toBeNull();
  });

  it('changes closer than a second apart coalesce; after a pause the next one pushes', () => {
    const url = fakeUrl();
    const map = new MapState(url.port);
    map.setFilter('theme', 'research');
    vi.advanceTimersByTime(800);
    map.setFilter('kind', 'project');
    vi.advanceTimersByTime(800);
    map.setFilter('from', 2010);
    vi.advanceTimersByTime(1500);
    map.setFilter('to', 2015);
    expect(url.history).toEqual(['', '?theme=research&kind=project&from=2010', '?theme=research&kind=project&from=2010&to=2015']);
  });

  it('another choice between two filter changes keeps its own entry', () => {
    const url = fakeUrl();
    const map = new MapState(url.port);
    map.setFilter('theme', 'research');
    map.open('NG');
    map.setFilter('kind', 'project');
    expect(url.history).toHaveLength(4);
  });
});
