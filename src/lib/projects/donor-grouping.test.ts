import { describe, expect, it } from 'vitest';
import type { Project } from '../schema/datasets';
import { en } from '../i18n/en';
import { donorGroupOf, donorMatcher, donorOptions, NO_DONOR } from './filter-dimensions';

const project = (id: string, donors: string[]) => ({ id, donors }) as unknown as Project;
const EUTF = 'European Union Emergency Trust Fund for Africa (EUTF)';
const projects = [
  project('a', ['European Union']),
  project('b', [EUTF]),
  project('c', ['German government']),
  project('d', []),
  project('e', []),
];

describe('donor grouping', () => {
  it.each([
    { donor: EUTF, expected: 'European Union' },
    { donor: 'EU Trust Fund', expected: 'European Union' },
    { donor: 'European Union', expected: undefined },
    { donor: 'European Unionists', expected: undefined },
    { donor: 'German government', expected: undefined },
  ])('$donor belongs to $expected', ({ donor, expected }) => {
    expect(donorGroupOf(donor)).toBe(expected);
  });

  it('lists each body followed by its instruments, their own names kept, and the projects with no donor last', () => {
    expect(donorOptions(projects, en).map((o) => [o.value, o.label])).toEqual([
      ['European Union', 'European Union'],
      [EUTF, `– ${EUTF}`],
      ['German government', 'German government'],
      [NO_DONOR, 'Donor not stated (2)'],
    ]);
  });

  it('offers no "not stated" choice when every project names a donor', () => {
    expect(donorOptions(projects.slice(0, 3), en).map((o) => o.value)).not.toContain(NO_DONOR);
  });

  it.each([
    { donor: 'European Union', expected: ['a', 'b'] },
    { donor: EUTF, expected: ['b'] },
    { donor: 'German government', expected: ['c'] },
    { donor: NO_DONOR, expected: ['d', 'e'] },
  ])('choosing $donor shows $expected', ({ donor, expected }) => {
    expect(projects.filter(donorMatcher(donor)).map((p) => p.id)).toEqual(expected);
  });
});
