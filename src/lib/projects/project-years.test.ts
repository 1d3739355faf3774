import { describe, expect, it } from 'vitest';
import type { Project } from '../schema/datasets';
import { activeSpan, describeYears, documentedYears, firstWorkYear, isProgrammeWork, matchYears, projectYears } from './project-years';

const S = '002_f090415880a9cc79.txt';
type Dated = Pick<Project, 'period' | 'documented'>;
const p = (period: Partial<Project['period']>, dates: string[] = []): Dated => ({
  period: { certainty: 'stated', ...period },
  documented: dates.map((date) => ({ date, source: S })),
});

const newsOnly = p({ certainty: 'uncertain' }, ['2022-02-01', '2022-03-18']);
const since2010 = p({ start: 2010 }, ['2022-06-02']);
const stated = p({ start: 2016, end: 2017 });
const nothing = p({ certainty: 'uncertain' });

describe('documentedYears', () => {
  it.each([
    { project: newsOnly, expected: [2022] },
    { project: p({}, ['2021-05', '2018-10-29', '2021']), expected: [2018, 2021] },
    { project: nothing, expected: [] },
  ])('$expected', ({ project, expected }) => expect(documentedYears(project)).toEqual(expected));
});

describe('activeSpan: only stated years make a period', () => {
  it.each([
    { name: 'news dates alone', project: newsOnly, expected: null },
    { name: 'since 2010, seen in 2022', project: since2010, expected: [2010, 2022] },
    { name: 'a stated start and end', project: stated, expected: [2016, 2017] },
    { name: 'a start with nothing after it', project: p({ start: 2021 }), expected: [2021, 2021] },
    { name: 'no year at all', project: nothing, expected: null },
  ])('$name', ({ project, expected }) => expect(activeSpan(project)).toEqual(expected));
});

describe('projectYears', () => {
  it.each([
    { project: newsOnly, expected: [2022, 2022] },
    { project: since2010, expected: [2010, 2022] },
    { project: p({ start: 2021 }, ['2018-10']), expected: [2018, 2021] },
    { project: nothing, expected: null },
  ])('$expected', ({ project, expected }) => expect(projectYears(project)).toEqual(expected));
});

describe('matchYears: "active" only where a period is stated, "documented" where a dated item is', () => {
  it.each([
    { name: 'news project in its news year', project: newsOnly, from: 2022, to: 2022, expected: 'documented' },
    { name: 'news project in another year', project: newsOnly, from: 2021, to: 2021, expected: null },
    { name: 'since 2010 in 2015', project: since2010, from: 2015, to: 2015, expected: 'active' },
    { name: 'since 2010 before it', project: since2010, from: 2005, to: 2009, expected: null },
    { name: 'stated period overlapping a range', project: stated, from: 2017, to: 2020, expected: 'active' },
    { name: 'open range', project: newsOnly, from: null, to: 2022, expected: 'documented' },
    { name: 'no year at all', project: nothing, from: 2010, to: 2023, expected: null },
  ])('$name', ({ project, from, to, expected }) => expect(matchYears(project, from, to)).toBe(expected));
});

describe('isProgrammeWork', () => {
  it.each([
    { scope: 'atp' as const, expected: true },
    { scope: 'related' as const, expected: false },
  ])('$scope', ({ scope, expected }) => expect(isProgrammeWork({ scope })).toBe(expected));
});

describe('firstWorkYear', () => {
  it('is the earliest stated or documented year', () => expect(firstWorkYear([newsOnly, since2010, nothing])).toBe(2010));
  it('is null when no project has a year', () => expect(firstWorkYear([nothing])).toBeNull());
});

describe('describeYears', () => {
  const w = {
    period: (s: number, e: number | null) => (e === null ? `from ${s}; end not given` : s === e ? String(s) : `${s}–${e}`),
    documentedIn: (y: string) => `documented in ${y}`,
    startEndNotGiven: 'start and end not given',
    unknown: 'years not documented',
  };
  it.each([
    { name: 'news dates only', project: newsOnly, expected: 'documented in 2022; start and end not given' },
    { name: 'since 2010', project: since2010, expected: 'from 2010; end not given; documented in 2022' },
    { name: 'a stated period', project: stated, expected: '2016–2017' },
    { name: 'a stated year with its own date', project: p({ start: 2013, end: 2013 }, ['2013-01']), expected: '2013' },
    { name: 'nothing', project: nothing, expected: 'years not documented' },
  ])('$name', ({ project, expected }) => expect(describeYears(project, w)).toBe(expected));
});

describe('describeYears in French typography', () => {
  it('puts the given separator between the parts', () => {
    const w = { period: (s: number) => `depuis ${s}`, documentedIn: (y: string) => `documenté en ${y}`, startEndNotGiven: 'début et fin non indiqués', unknown: '—', separator: '\u202f; ' };
    expect(describeYears(newsOnly, w)).toBe('documenté en 2022\u202f; début et fin non indiqués');
  });
});
