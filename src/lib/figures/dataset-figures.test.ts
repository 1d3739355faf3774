import { describe, expect, it } from 'vitest';
import { fixtureMilestones, fixtureProjects, fixtureRegions } from '../../../tests/harness/map-fixtures';
import { filterProjects, NO_FILTERS, regionCountries, type ProjectFilters } from '../projects/filter';
import { datasetFigures, regionFigures } from './dataset-figures';

// Hand-counted from tests/fixtures/valid: projects ocwar-t (NG CV GM, 2022), protect (AF PK, no years),
// kosovo-study (XK NG, 2010–2012); milestones established (2002, no country), natc-see (2010, ME);
// regions west-africa (NG CV GM), silk-routes (AF PK), see-western-balkans (XK ME).
function figures(f: Partial<ProjectFilters>) {
  const filters = { ...NO_FILTERS, ...f };
  const projects = filterProjects(fixtureProjects, filters, fixtureRegions);
  return datasetFigures(projects, fixtureMilestones, fixtureRegions, filters, regionCountries(fixtureRegions, filters.region));
}

describe('datasetFigures', () => {
  it.each([
    { filters: {}, expected: { projects: 3, countries: 6, regions: 3, milestones: 2, firstYear: 2002, lastYear: 2022, since: 2010 } },
    { filters: { region: 'west-africa' }, expected: { projects: 2, countries: 3, regions: 1, milestones: 0, firstYear: 2010, lastYear: 2022, since: 2010 } },
    { filters: { region: 'see-western-balkans' }, expected: { projects: 1, countries: 1, regions: 1, milestones: 1, firstYear: 2010, lastYear: 2012, since: 2010 } },
    { filters: { theme: 'policy' as const }, expected: { projects: 1, countries: 2, regions: 1, milestones: 2, firstYear: 2002, lastYear: 2010, since: null } },
    { filters: { from: 2011, to: 2011 }, expected: { projects: 1, countries: 2, regions: 2, milestones: 0, firstYear: 2010, lastYear: 2012, since: 2010 } },
    { filters: { kind: 'network' as const }, expected: { projects: 0, countries: 0, regions: 0, milestones: 2, firstYear: 2002, lastYear: 2010, since: null } },
  ])('$filters -> $expected', ({ filters, expected }) => {
    expect(figures(filters)).toEqual(expected);
  });
});

describe('regionFigures', () => {
  const row = (r: ReturnType<typeof regionFigures>[number]) => [r.region.id, r.projects, r.countries, r.firstDocumented];

  it('counts each region’s projects, countries and first documented year', () => {
    expect(regionFigures(fixtureProjects, fixtureRegions, fixtureMilestones).map(row)).toEqual([
      ['west-africa', 2, 3, 2010],
      ['silk-routes-central-asia', 1, 2, null],
      ['see-western-balkans', 1, 1, 2010],
    ]);
  });

  it('counts a milestone’s year as documented work in its region', () => {
    const earlier = { ...fixtureMilestones[1]!, id: 'pk-2005', year: 2005, countries: ['PK'] };
    expect(regionFigures(fixtureProjects, fixtureRegions, [...fixtureMilestones, earlier]).map(row)[1]).toEqual(['silk-routes-central-asia', 1, 2, 2005]);
  });

  it('leaves related ICMPD projects out of the counts', () => {
    const related = fixtureProjects.map((p) => (p.id === 'protect' ? { ...p, scope: 'related' as const } : p));
    expect(regionFigures(related, fixtureRegions, fixtureMilestones).map(row)[1]).toEqual(['silk-routes-central-asia', 0, 0, null]);
  });
});
