import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectsSpec, regionsSpec } from '../schema/datasets';
import { parseRecords } from '../schema/parse';
import { filterProjects, NO_FILTERS, projectsByCountry, projectSpan, regionCountries, type ProjectFilters } from './filter';

const load = (file: string) => JSON.parse(readFileSync(`tests/fixtures/valid/${file}`, 'utf8')) as unknown;
const projects = parseRecords('projects.json', projectsSpec.schema, load('projects.json')).records;
const regions = parseRecords('regions.json', regionsSpec.schema, load('regions.json')).records;
// Fixture: ocwar-t (NG CV GM, 2022, EU+Germany, capacity-building+partnership), protect (AF PK, no years, policy),
// kosovo-study (XK NG, 2010–2012, study, research).

const ids = (f: Partial<ProjectFilters>) => filterProjects(projects, { ...NO_FILTERS, ...f }, regions).map((p) => p.id);

describe('filterProjects', () => {
  it.each([
    { filters: {}, expected: ['ocwar-t', 'protect', 'kosovo-study'] },
    { filters: { region: 'west-africa' }, expected: ['ocwar-t', 'kosovo-study'] },
    { filters: { region: 'silk-routes-central-asia' }, expected: ['protect'] },
    { filters: { theme: 'research' as const }, expected: ['kosovo-study'] },
    { filters: { kind: 'study' as const }, expected: ['kosovo-study'] },
    { filters: { donor: 'Germany' }, expected: ['ocwar-t'] },
    { filters: { from: 2011, to: 2011 }, expected: ['kosovo-study'] },
    { filters: { from: 2013, to: 2021 }, expected: [] },
    { filters: { from: 2012 }, expected: ['ocwar-t', 'kosovo-study'] },
    { filters: { to: 2009 }, expected: [] },
    { filters: { region: 'west-africa', from: 2022, to: 2022 }, expected: ['ocwar-t'] },
  ])('$filters keeps $expected', ({ filters, expected }) => {
    expect(ids(filters)).toEqual(expected);
  });
});

describe('projectsByCountry', () => {
  it('counts each project once per country', () => {
    const counts = Object.fromEntries([...projectsByCountry(projects)].map(([c, list]) => [c, list.length]));
    expect(counts).toEqual({ NG: 2, CV: 1, GM: 1, AF: 1, PK: 1, XK: 1 });
  });

  it('counts only the chosen region’s countries', () => {
    const inRegion = regionCountries(regions, 'west-africa');
    const counts = Object.fromEntries([...projectsByCountry(projects, inRegion)].map(([c, list]) => [c, list.length]));
    expect(counts).toEqual({ NG: 2, CV: 1, GM: 1 });
  });
});

describe('projectSpan', () => {
  it.each([
    { period: { start: 2010, end: 2012 }, span: [2010, 2012] },
    { period: { start: 2010 }, span: [2010, 2010] },
    { period: { end: 2015 }, span: [2015, 2015] },
    { period: {}, span: null },
  ])('$period -> $span', ({ period, span }) => {
    expect(projectSpan({ ...projects[0]!, period: { ...period, certainty: 'stated' } })).toEqual(span);
  });
});
