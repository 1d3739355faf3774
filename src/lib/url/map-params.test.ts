import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../projects/filter';
import { deliberatePart, parseMapParams, serializeMapParams, type MapParams } from './map-params';

const base: MapParams = { country: null, filters: { ...NO_FILTERS }, zoom: null, view: 'map', tab: 'countries', colouring: 'count' };

describe('map URL parameters', () => {
  it.each<{ name: string; state: MapParams; search: string }>([
    { name: 'nothing', state: base, search: '' },
    { name: 'a country', state: { ...base, country: 'NG' }, search: '?country=NG' },
    {
      name: 'all filters',
      state: { ...base, filters: { region: 'west-africa', theme: 'research', kind: 'study', donor: 'European Union', from: 2010, to: 2020 } },
      search: '?region=west-africa&theme=research&kind=study&donor=European+Union&from=2010&to=2020',
    },
    { name: 'one year', state: { ...base, filters: { ...NO_FILTERS, from: 2016, to: 2016 } }, search: '?year=2016' },
    { name: 'zoom', state: { ...base, zoom: { k: 2.5, x: -120.25, y: -40 } }, search: '?zoom=2.5%2F-120.3%2F-40' },
    { name: 'table by region', state: { ...base, view: 'table', colouring: 'region' }, search: '?view=table&colour=region' },
    { name: 'the table’s projects tab', state: { ...base, view: 'table', tab: 'projects' }, search: '?view=table&tab=projects' },
  ])('round trip: $name', ({ state, search }) => {
    expect(serializeMapParams('', state)).toBe(search);
    const parsed = parseMapParams(search);
    expect(parsed.ignored).toEqual([]);
    const { ignored: _, ...back } = parsed;
    expect(serializeMapParams('', back)).toBe(search);
  });

  it('keeps other parameters (the timeline’s) as they are', () => {
    expect(serializeMapParams('?milestone=icat-member&country=GH', { ...base, country: 'NG' })).toBe('?milestone=icat-member&country=NG');
  });

  it.each([
    { search: '?country=ZZ', name: 'country', value: 'ZZ' },
    { search: '?country=<script>', name: 'country', value: '<script>' },
    { search: '?region=<script>alert(1)</script>', name: 'region', value: '<script>alert(1)</script>' },
    { search: '?year=abc', name: 'year', value: 'abc' },
    { search: '?year=1999', name: 'year', value: '1999' },
    { search: '?from=2030', name: 'from', value: '2030' },
    { search: '?theme=sports', name: 'theme', value: 'sports' },
    { search: '?kind=', name: 'kind', value: '' },
    { search: '?zoom=9/9', name: 'zoom', value: '9/9' },
    { search: '?view=table&tab=donors', name: 'tab', value: 'donors' },
    { search: '?zoom=500/0/0', name: 'zoom', value: '500/0/0' },
    { search: '?view=globe', name: 'view', value: 'globe' },
    { search: '?from=2020&to=2010', name: 'to', value: '2010' },
  ])('ignores $search and reports it', ({ search, name, value }) => {
    const parsed = parseMapParams(search);
    expect(parsed.ignored).toEqual([{ name, value }]);
    expect(serializeMapParams('', parsed)).not.toContain(`${name}=${encodeURIComponent(value)}`);
  });

  it('reads a lower-case country code', () => {
    expect(parseMapParams('?country=ng').country).toBe('NG');
  });

  it('tells a zoom change from a deliberate choice', () => {
    expect(deliberatePart('?zoom=2/1/1&country=NG')).toBe(deliberatePart('?country=NG&zoom=3/4/4'));
    expect(deliberatePart('?country=NG')).not.toBe(deliberatePart('?country=GH'));
  });
});
