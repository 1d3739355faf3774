import { describe, expect, it } from 'vitest';
import { CERTAINTY_DIMENSION, WITH_CERTAINTY } from '../../../tests/harness/extra-dimension';
import { fixtureProjects as projects, fixtureRegions as regions } from '../../../tests/harness/map-fixtures';
import { en } from '../i18n/en';
import { parseMapParams, serializeMapParams } from '../url/map-params';
import { filterProjects } from './filter';
import { FILTER_DIMENSIONS, NO_FILTERS, noFilters, unknownValues } from './filter-dimensions';
import { describeFilters } from './filter-summary';

const data = { projects, regions };

describe('the filter dimensions table', () => {
  it('gives every row its own key and address parameter, none the map’s own', () => {
    const params = FILTER_DIMENSIONS.map((d) => d.param);
    expect(new Set(FILTER_DIMENSIONS.map((d) => d.key)).size).toBe(FILTER_DIMENSIONS.length);
    expect(new Set(params).size).toBe(params.length);
    for (const own of ['country', 'year', 'zoom', 'view', 'colour']) expect(params).not.toContain(own);
  });

  it.each([
    { filters: {}, expected: '' },
    { filters: { region: 'west-africa', theme: 'research' }, expected: 'Region: West Africa (ECOWAS) · Theme: Research' },
    { filters: { donor: 'Germany', from: 2010 }, expected: 'Donor: Germany · Years 2010–2023' },
    { filters: { to: 2012 }, expected: 'Years 2002–2012' },
  ])('describes $filters for an export as "$expected"', ({ filters, expected }) => {
    expect(describeFilters({ ...NO_FILTERS, ...filters }, data, en)).toBe(expected);
  });

  it('names the chosen values the data do not offer', () => {
    const unknown = unknownValues({ ...NO_FILTERS, region: 'atlantis', donor: 'Germany', theme: 'research' }, data, en);
    expect(unknown.map((d) => d.key)).toEqual(['region']);
  });
});

describe('a dimension added as one row', () => {
  const filters = { ...noFilters(WITH_CERTAINTY), certainty: 'stated' };

  it('filters', () => {
    expect(filterProjects(projects, filters, regions, WITH_CERTAINTY).map((p) => p.id)).toEqual(['kosovo-study']);
    expect(filterProjects(projects, { ...filters, certainty: 'inferred', region: 'west-africa' }, regions, WITH_CERTAINTY).map((p) => p.id)).toEqual(['ocwar-t']);
  });

  it('round-trips the address, and an unreadable value is reported', () => {
    const state = { country: null, filters, zoom: null, view: 'map' as const, colouring: 'count' as const };
    const search = serializeMapParams('?milestone=x', state as never, WITH_CERTAINTY);
    expect(search).toBe('?milestone=x&certainty=stated');
    expect(parseMapParams(search, WITH_CERTAINTY).filters).toEqual(filters);
    expect(parseMapParams('?certainty=sure', WITH_CERTAINTY).ignored).toEqual([{ name: 'certainty', value: 'sure' }]);
    // The app's table does not know it: the parameter passes through untouched.
    expect(serializeMapParams(search, parseMapParams(search))).toBe(search);
  });

  it('is described in the export and checked against the data', () => {
    expect(describeFilters(filters, data, en, WITH_CERTAINTY)).toBe('Years: stated');
    expect(unknownValues({ ...filters, certainty: 'sure' }, data, en, [CERTAINTY_DIMENSION])).toEqual([CERTAINTY_DIMENSION]);
  });
});

describe('the two years, read as one span', () => {
  // Documented in 2010 and 2020 only, no stated period: the sources say nothing of 2015 or 2016.
  const gappy = { ...projects[0]!, id: 'gappy', period: { ...projects[0]!.period, start: undefined, end: undefined }, documented: [{ date: '2010', source: '001_0000000000000000.txt' }, { date: '2020-05', source: '001_0000000000000000.txt' }] } as unknown as (typeof projects)[number];
  const stated = { ...gappy, id: 'stated', period: { ...projects[0]!.period, start: 2012, end: 2018 }, documented: [] } as unknown as (typeof projects)[number];
  const ids = (from: number | null, to: number | null) => filterProjects([gappy, stated], { ...NO_FILTERS, from, to }, regions).map((p) => p.id);

  it.each([
    { from: 2015, to: 2016, expected: ['stated'] },
    { from: 2020, to: 2021, expected: ['gappy'] },
    { from: 2009, to: 2010, expected: ['gappy'] },
    { from: 2015, to: null, expected: ['gappy', 'stated'] },
    { from: null, to: 2011, expected: ['gappy'] },
    { from: 2019, to: 2019, expected: [] },
  ])('from $from to $to keeps $expected', ({ from, to, expected }) => {
    expect(ids(from, to)).toEqual(expected);
  });
});
