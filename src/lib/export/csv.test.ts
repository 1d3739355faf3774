import { describe, expect, it } from 'vitest';
import type { CountrySummary } from '../projects/country-summary';
import type { Office, Project } from '../schema/datasets';
import { en } from '../i18n/en';
import { BOM, countriesCsv, csvField, officesCsv, projectsCsv, toCsv } from './csv';

describe('CSV fields (RFC 4180)', () => {
  it.each<{ input: string | number | null | undefined; expected: string }>([
    { input: 'plain', expected: 'plain' },
    { input: 'a, b', expected: '"a, b"' },
    { input: 'the “Highlights” and "Milestones"', expected: '"the “Highlights” and ""Milestones"""' },
    { input: 'two\nlines', expected: '"two\nlines"' },
    { input: 'windows\r\nline', expected: '"windows\r\nline"' },
    { input: 'Côte d’Ivoire', expected: 'Côte d’Ivoire' },
    { input: 2016, expected: '2016' },
    { input: null, expected: '' },
    { input: undefined, expected: '' },
    { input: '=HYPERLINK("x")', expected: `"'=HYPERLINK(""x"")"` },
    { input: '-1', expected: "'-1" },
  ])('$input', ({ input, expected }) => {
    expect(csvField(input)).toBe(expected);
  });

  it('starts with a byte-order mark, has a header row and CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['1', 2], ['x,y', null]])).toBe(`${BOM}a,b\r\n1,2\r\n"x,y",\r\n`);
    expect([...new TextEncoder().encode(toCsv(['é'], [])).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('reads back to the same cells', () => {
    const rows = [['id', 'title'], ['p1', 'Say "no", and\nmean it']];
    const text = toCsv(rows[0]!, rows.slice(1));
    expect(parseCsv(text.slice(1))).toEqual(rows);
  });
});

const project = (over: Partial<Project>): Project =>
  ({
    id: 'p1',
    name: 'P1',
    title: 'Title',
    kind: 'study',
    countries: ['NG', 'GH'],
    period: { start: 2010, end: 2012, certainty: 'stated' },
    documented: [],
    donors: ['European Union', 'Austria'],
    partners: [],
    themes: ['research', 'policy'],
    summary: '',
    links: [],
    sources: [],
    ...over,
  }) as unknown as Project;

describe('CSV tables', () => {
  const labels = { header: en.csvProjectHeaders, kind: en.kind, theme: en.theme, certainty: en.csvCertainty };
  const rowsOf = (text: string) => text.slice(1).split('\r\n').slice(0, -1);

  it('writes one row per project, with labels for kinds and themes', () => {
    const text = projectsCsv([project({}), project({ id: 'p2', title: 'Study, "quoted"', period: { certainty: 'uncertain' } as Project['period'], donors: [] })], labels);
    expect(rowsOf(text)).toEqual([
      'ID,Short name,Title,Kind,Countries,Start year (stated),End year (stated),Period certainty,Documented dates,Themes,Donors',
      'p1,P1,Title,Study,NG; GH,2010,2012,stated,,Research; Policy,European Union; Austria',
      'p2,P1,"Study, ""quoted""",Study,NG; GH,,,start and end not given,,Research; Policy,',
    ]);
  });

  it.each<{ name: string; period: Partial<Project['period']>; dates: string[]; expected: string }>([
    { name: 'a stated period', period: { start: 2016, end: 2017, certainty: 'stated' }, dates: [], expected: '2016,2017,stated,' },
    { name: 'an inferred start, seen later', period: { start: 2021, certainty: 'inferred' }, dates: ['2021-05-19'], expected: '2021,,inferred,2021-05-19' },
    { name: 'news dates only', period: { certainty: 'uncertain' }, dates: ['2022-03-18', '2022-02-01'], expected: ',,start and end not given,2022-02-01; 2022-03-18' },
    { name: 'an uncertain end year', period: { end: 2021, certainty: 'uncertain' }, dates: ['2018-10'], expected: ',2021,uncertain,2018-10' },
  ])('keeps stated years, their certainty and the documented dates apart: $name', ({ period, dates, expected }) => {
    const p = project({ period: period as Project['period'], documented: dates.map((date) => ({ date, source: '002_f090415880a9cc79.txt' })) });
    const [header, row] = rowsOf(projectsCsv([p], labels)).map((line) => line.split(','));
    expect(header).toHaveLength(11);
    expect(row).toHaveLength(11);
    expect(row!.slice(5, 9).join(',')).toBe(expected);
  });

  it('has a French header and certainty of the same shape', async () => {
    const { fr } = await import('../i18n/fr');
    expect(fr.csvProjectHeaders).toHaveLength(en.csvProjectHeaders.length);
    expect(Object.keys(fr.csvCertainty).sort()).toEqual(Object.keys(en.csvCertainty).sort());
  });

  it('writes one row per office: city and country in the interface language, ISO code, as of', () => {
    const office = (id: string, city: string, country: string, fr?: string) =>
      ({ id, city, country, asOf: 2022, longitude: 0, latitude: 0, sources: [], translations: fr ? { fr: { city: fr } } : undefined }) as unknown as Office;
    const offices = [office('vienna', 'Vienna', 'AT', 'Vienne'), office('praia', 'Praia', 'CV')];
    expect(officesCsv(offices, en.csvOfficeHeaders, 'en')).toBe(`${BOM}City,Country,ISO code,As of\r\nVienna,Austria,AT,2022\r\nPraia,Cabo Verde,CV,2022\r\n`);
    expect(officesCsv(offices, ['Ville', 'Pays', 'Code ISO', 'Situation en'], 'fr').split('\r\n')[1]).toBe('Vienne,Autriche,AT,2022');
  });

  it('writes one row per country, as the table shows them', () => {
    const summaries = [
      { code: 'CI', name: 'Côte d’Ivoire', count: 3, projects: [], region: { id: 'west-africa', name: 'West Africa' } },
      { code: 'XK', name: 'Kosovo', count: 1, projects: [], region: undefined },
    ] as unknown as CountrySummary[];
    expect(countriesCsv(summaries, ['Country', 'ISO code', 'Region', 'Projects'], 'no programme region')).toBe(
      `${BOM}Country,ISO code,Region,Projects\r\nCôte d’Ivoire,CI,West Africa,3\r\nKosovo,XK,no programme region,1\r\n`,
    );
  });
});

/** A small RFC 4180 reader, for the round trip above. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}
