import { describe, expect, it } from 'vitest';
import { textOrder } from '../format/text-order';
import { en } from '../i18n/en';
import type { Project } from '../schema/datasets';
import { approximateWords, projectRow, sortProjectRows, type ProjectColumn, type ProjectTableWords } from './project-table';

const S = '002_f090415880a9cc79.txt';
const order = textOrder('en');
const words: ProjectTableWords = {
  locale: 'en',
  kind: en.kind,
  certainty: en.certainty,
  years: {
    period: en.panelPeriod,
    documentedIn: en.panelDocumentedIn,
    startEndNotGiven: en.panelStartEndNotGiven,
    unknown: en.panelYearsUnknown,
    separator: en.panelYearsSeparator,
  },
};

const project = (over: Partial<Project>): Project =>
  ({
    id: 'p',
    name: 'P',
    title: 'P',
    kind: 'project',
    countries: [],
    period: { certainty: 'uncertain' },
    documented: [],
    scope: 'atp',
    subjectCountries: [],
    donors: [],
    partners: [],
    themes: ['policy'],
    summary: '',
    links: [],
    sources: [],
    ...over,
  }) as Project;
const dated = (...dates: string[]) => dates.map((date) => ({ date, source: S }));

const ocwar = project({ id: 'ocwar-t', name: 'OCWAR-T', countries: ['NG', 'CV', 'GM'], documented: dated('2022-02-01', '2022-03-18'), donors: ['European Union'] });
const prospect = project({ id: 'prospect', name: 'PROSPECT', countries: ['NG'], period: { start: 2021, certainty: 'inferred' }, documented: dated('2021-05-19') });
const papers = project({ id: 'papers', name: 'Demand-side papers', kind: 'publication', period: { start: 2016, end: 2017, certainty: 'stated' } });
const natc = project({ id: 'natc', name: 'NATC SEE', kind: 'network', countries: ['SI', 'ME'], period: { start: 2010, certainty: 'stated' }, documented: dated('2022-06-02') });
const undated = project({ id: 'protect', name: 'PROTECT', countries: ['AF', 'PK'] });
const related = project({ id: 'sbs', name: 'SBS Ghana', scope: 'related', countries: ['GH'], documented: dated('2021-11-03') });

describe('a project as a row of the table', () => {
  it.each<{ name: string; project: Project; years: string; approximate: string }>([
    { name: 'news dates only: the years say so, no certainty words', project: ocwar, years: 'documented in 2022; start and end not given', approximate: '' },
    { name: 'an inferred start: marked in words', project: prospect, years: 'from 2021; end not given; documented in 2021', approximate: 'years inferred' },
    { name: 'a stated period', project: papers, years: '2016–2017', approximate: '' },
    { name: 'a stated start, seen later', project: natc, years: 'from 2010; end not given; documented in 2022', approximate: '' },
    { name: 'no year at all', project: undated, years: 'years not documented', approximate: '' },
  ])('$name', ({ project, years, approximate }) => {
    const row = projectRow(project, words, order);
    expect(row.years).toBe(years);
    expect(row.approximate).toBe(approximate);
  });

  it('names countries in the interface language, in alphabetical order, and marks related projects', () => {
    expect(projectRow(ocwar, words, order).countries).toEqual(['Cabo Verde', 'Gambia', 'Nigeria']);
    const french = projectRow({ ...ocwar, translations: { fr: { name: 'OCWAR-T (fr)' } } } as Project, { ...words, locale: 'fr' }, textOrder('fr'));
    expect(french.countries).toEqual(['Cabo Verde', 'Gambie', 'Nigeria']);
    expect(french.name).toBe('OCWAR-T (fr)');
    expect(french.nameLang).toBeUndefined();
    expect(projectRow(papers, { ...words, locale: 'fr' }, order).nameLang).toBe('en');
    expect(projectRow(related, words, order).related).toBe(true);
    expect(projectRow(ocwar, words, order).related).toBe(false);
  });

  it('words certainty only where a year of the period is stated', () => {
    expect(approximateWords({ period: { certainty: 'uncertain' } }, en.certainty)).toBe('');
    expect(approximateWords({ period: { end: 2021, certainty: 'uncertain' } }, en.certainty)).toBe('years uncertain');
    expect(approximateWords({ period: { start: 2016, certainty: 'stated' } }, en.certainty)).toBe('');
  });
});

describe('sorting the rows', () => {
  const rows = [ocwar, prospect, papers, natc, undated].map((p) => projectRow(p, words, order));
  const ids = (column: ProjectColumn, descending: boolean) => sortProjectRows(rows, column, descending, order).map((r) => r.id);

  it.each<{ column: ProjectColumn; descending: boolean; expected: string[] }>([
    { column: 'name', descending: false, expected: ['papers', 'natc', 'ocwar-t', 'prospect', 'protect'] },
    { column: 'name', descending: true, expected: ['protect', 'prospect', 'ocwar-t', 'natc', 'papers'] },
    // By the first year the sources tie the project to, then the last; no year comes last either way.
    { column: 'years', descending: false, expected: ['natc', 'papers', 'prospect', 'ocwar-t', 'protect'] },
    { column: 'years', descending: true, expected: ['ocwar-t', 'prospect', 'papers', 'natc', 'protect'] },
    { column: 'kind', descending: false, expected: ['natc', 'ocwar-t', 'prospect', 'protect', 'papers'] },
    // "Afghanistan, Pakistan" < "Cabo Verde, …" < "Montenegro, Slovenia" < "Nigeria"; no country last.
    { column: 'countries', descending: false, expected: ['protect', 'ocwar-t', 'natc', 'prospect', 'papers'] },
    { column: 'countries', descending: true, expected: ['prospect', 'natc', 'ocwar-t', 'protect', 'papers'] },
    // Only OCWAR-T names a donor; the rest keep the name order after it.
    { column: 'donors', descending: true, expected: ['ocwar-t', 'papers', 'natc', 'prospect', 'protect'] },
  ])('$column, descending $descending', ({ column, descending, expected }) => {
    expect(ids(column, descending)).toEqual(expected);
  });

  it('leaves the rows it was given as they were', () => {
    const before = rows.map((r) => r.id);
    sortProjectRows(rows, 'years', true, order);
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});
