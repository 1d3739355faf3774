// The adapters: the views' own values in, the summaries' plain inputs out.
import { describe, expect, it } from 'vitest';
import { IDENTITY } from '../geo/zoom';
import { NO_FILTERS } from '../projects/filter';
import type { CountrySummary } from '../projects/country-summary';
import { SPAN } from '../timeline/extent';
import { describeFilters, figuresSummaryInput, mapSummaryInput, timelineSummaryInput } from './adapters';

const names = { regions: [{ id: 'ecowas', name: 'West Africa' }, { id: 'eu', name: 'European Union' }], theme: { research: 'Research' }, kind: { study: 'Study' }, span: SPAN };
const west = { id: 'ecowas', name: 'West Africa', countries: ['NG', 'GH'] } as unknown as CountrySummary['region'];
const eu = { id: 'eu', name: 'European Union', countries: ['AT'] } as unknown as CountrySummary['region'];
const row = (code: string, name: string, count: number, region: CountrySummary['region']) => ({ code, name, count, projects: [], region }) as CountrySummary;
const summaries = [row('NG', 'Nigeria', 4, west), row('GH', 'Ghana', 3, west), row('AT', 'Austria', 1, eu)];
const points: Record<string, [number, number]> = { NG: [500, 250], GH: [480, 255], AT: [520, 100], FR: [470, 110], ML: [470, 230] };
// The map model's values: 22 projects, all kept; five countries drawn, three with projects.
const model = {
  projects: Array.from({ length: 22 }),
  filtered: Array.from({ length: 22 }),
  summaries,
  geometry: { byCode: new Map(Object.entries(points).map(([code, centroid]) => [code, { centroid }])), markerAt: () => undefined },
};
const facts = { model, filters: NO_FILTERS, names, transform: IDENTITY, size: { width: 960, height: 430 } };

describe('describeFilters', () => {
  it.each([
    { filters: NO_FILTERS, expected: [] },
    { filters: { ...NO_FILTERS, donor: 'European Union', region: 'ecowas' }, expected: [{ key: 'region', value: 'West Africa' }, { key: 'donor', value: 'European Union' }] },
    { filters: { ...NO_FILTERS, theme: 'research' as const, kind: 'study' as const }, expected: [{ key: 'theme', value: 'Research' }, { key: 'kind', value: 'Study' }] },
    { filters: { ...NO_FILTERS, from: 2005, to: 2005 }, expected: [{ key: 'years', value: '2005' }] },
    { filters: { ...NO_FILTERS, from: 2005 }, expected: [{ key: 'years', value: '2005–2023' }] },
    { filters: { ...NO_FILTERS, region: 'gone' }, expected: [{ key: 'region', value: 'gone' }] },
  ])('$expected.length filter(s)', ({ filters, expected }) => {
    expect(describeFilters(filters, names)).toEqual(expected);
  });
});

describe('mapSummaryInput', () => {
  it('counts the drawn countries without a project, and says nothing of a zoom at the whole world', () => {
    const input = mapSummaryInput(facts);
    expect(input.countriesWithout).toBe(2);
    expect(input.countries).toEqual([
      { name: 'Nigeria', count: 4, region: 'West Africa' },
      { name: 'Ghana', count: 3, region: 'West Africa' },
      { name: 'Austria', count: 1, region: 'European Union' },
    ]);
    expect(input.zoom).toBeNull();
  });
  it('names the one region whose countries are in view when zoomed in', () => {
    // ×4 about Nigeria: West Africa in view, Austria (520, 100) → (80 + 520·4 - 1600…) out of it.
    const k = 4;
    const transform = { k, x: 480 - 500 * k, y: 215 - 250 * k };
    expect(mapSummaryInput({ ...facts, transform }).zoom).toEqual({ region: 'West Africa', inView: 2 });
  });
  it('reads the counts from the model: kept projects against the dataset, a small state at its marker', () => {
    const kept = { ...model, filtered: Array.from({ length: 5 }), geometry: { ...model.geometry, markerAt: (code: string) => (code === 'CV' ? ([440, 240] as const) : undefined) } };
    const withCaboVerde = { ...kept, summaries: [...summaries, row('CV', 'Cabo Verde', 2, west)] };
    const k = 4;
    const input = mapSummaryInput({ ...facts, model: withCaboVerde, transform: { k, x: 480 - 500 * k, y: 215 - 250 * k } });
    expect(input).toMatchObject({ projects: 5, total: 22, countriesWithout: 2, zoom: { region: 'West Africa', inView: 3 } });
  });
  it('names no region when the view holds several', () => {
    expect(mapSummaryInput({ ...facts, transform: { k: 1.2, x: -50, y: -20 } }).zoom).toEqual({ region: null, inView: 3 });
  });
});

describe('timelineSummaryInput', () => {
  const base = {
    milestones: [
      { year: 2002, category: 'policy' as const },
      { year: 2010, category: 'research' as const },
      { year: 2011, category: 'policy' as const },
    ],
    hidden: [],
    categoryNames: { policy: 'Policy', 'capacity-building': 'Capacity building', research: 'Research', partnership: 'Partnership', programme: 'Programme' },
    categories: ['policy', 'research'] as const,
    span: [2002, 2024] as const,
    scope: null,
  };
  it('says nothing of the view when it is the whole span', () => {
    expect(timelineSummaryInput({ ...base, view: [2002, 2024] })).toMatchObject({ view: null, inView: null, categories: ['Policy', 'Research'] });
  });
  it('counts the milestones of the years in view, [from, to)', () => {
    expect(timelineSummaryInput({ ...base, view: [2009.5, 2011] })).toMatchObject({ view: [2009, 2010], inView: 1 });
  });
  it('leaves out hidden categories and names them', () => {
    const input = timelineSummaryInput({ ...base, view: [2002, 2024], hidden: ['research'] });
    expect(input.milestones).toHaveLength(2);
    expect(input.hidden).toEqual(['Research']);
  });
});

describe('figuresSummaryInput', () => {
  it('gives the stated year when all figures share it', () => {
    const statistics = [
      { label: 'Countries', value: 65, qualifier: '+' as const, format: 'count' as const, asOf: 2022 },
      { label: 'Established', value: 2002, qualifier: '' as const, format: 'year' as const, asOf: 2022 },
    ];
    const documented = { projects: 1, countries: 1, regions: 1, milestones: 1 };
    expect(figuresSummaryInput({ statistics, documented, filters: [] }).statedYear).toBe(2022);
    expect(figuresSummaryInput({ statistics: [...statistics, { ...statistics[0]!, asOf: 2020 }], documented, filters: [] }).statedYear).toBeNull();
  });
});
