import { describe, expect, it, vi } from 'vitest';
import { en } from '../lib/i18n/en';
import { unknownValues, type FilterData } from '../lib/projects/filter-dimensions';
import { fakeUrl } from '../../tests/harness/fake-url';
import { MapState } from './map.svelte';

describe('MapState and the address', () => {
  it('reads filters, country and view from the address', () => {
    const { port } = fakeUrl('?country=gh&region=west-africa&year=2021&view=table');
    const map = new MapState(port);
    expect(map.selected).toBe('GH');
    expect(map.filters).toMatchObject({ region: 'west-africa', from: 2021, to: 2021 });
    expect(map.view).toBe('table');
    expect(map.ignored).toEqual([]);
  });

  it('pushes deliberate choices, so Back undoes the last one', () => {
    const url = fakeUrl();
    const map = new MapState(url.port);
    map.setFilter('theme', 'research');
    map.open('NG');
    expect(url.history).toEqual(['', '?theme=research', '?country=NG&theme=research']);
    url.back();
    map.readUrl();
    expect(map.selected).toBeNull();
    expect(map.filters.theme).toBe('research');
  });

  it('replaces, not pushes, the year player’s steps', () => {
    const url = fakeUrl();
    const map = new MapState(url.port);
    map.setFilters({ from: 2002, to: 2002 }, 'replace');
    map.setFilters({ from: 2003, to: 2003 }, 'replace');
    expect(url.history).toEqual(['?year=2003']);
  });

  it('reports what the address asked for that the data do not have', () => {
    const url = fakeUrl('?region=atlantis&donor=Nobody&country=ZZ');
    const map = new MapState(url.port);
    const data = { projects: [{ donors: ['Germany'] }], regions: [{ id: 'west-africa', name: 'West Africa' }] } as unknown as FilterData;
    map.dropUnknown(unknownValues(map.filters, data, en));
    expect(map.ignored.map((p) => `${p.name}=${p.value}`)).toEqual(['country=ZZ', 'region=atlantis', 'donor=Nobody']);
    expect(map.filters.region).toBeNull();
    expect(url.history).toEqual(['']);
  });

  it('writes the zoom into the address once it has rested 300 ms, replacing, whatever the number of frames', () => {
    vi.useFakeTimers();
    try {
      const url = fakeUrl();
      const map = new MapState(url.port);
      // A gesture: a frame every 16 ms for 0.8 s.
      for (let i = 1; i <= 50; i++) {
        map.setTransform({ k: 1 + i / 50, x: -i, y: -i });
        vi.advanceTimersByTime(16);
      }
      expect(url.history).toEqual(['']);
      vi.advanceTimersByTime(299 - 16);
      expect(url.history).toEqual(['']);
      vi.advanceTimersByTime(2);
      expect(url.history).toHaveLength(1);
      expect(url.history[0]).toMatch(/zoom=/);
      expect(map.params().zoom).toEqual({ k: 2, x: -50, y: -50 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not write a zoom still waiting to be written onto the entry Back went to', () => {
    vi.useFakeTimers();
    try {
      const url = fakeUrl();
      const map = new MapState(url.port);
      map.setFilter('theme', 'research');
      map.setTransform({ k: 2, x: -10, y: -10 });
      url.back();
      map.readUrl();
      vi.advanceTimersByTime(1000);
      expect(url.history).toEqual(['', '?theme=research']);
    } finally {
      vi.useRealTimers();
    }
  });
});
