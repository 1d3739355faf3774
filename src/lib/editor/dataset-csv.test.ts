// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDatasets } from '../schema/check-datasets';
import { ALL_DATASETS, sourcesSpec } from '../schema/datasets';
import { csvToDataset, datasetToCsv, fieldNames, formatCsvError, problemCell } from './dataset-csv';
import { readCsv } from './csv-text';
import { formatDataset, type JsonRecord } from './record-paths';

const SPECS = [sourcesSpec, ...ALL_DATASETS];
const text = (file: string) => readFileSync(`data/${file}`, 'utf8');
const seed = (name: string) => {
  try {
    return readFileSync(`data/seeds/${name}`, 'utf8');
  } catch {
    return undefined;
  }
};

describe('a dataset as CSV and back', () => {
  it.each(SPECS.map((s) => [s.file, s] as const))('%s comes back byte for byte', (file, spec) => {
    const records = JSON.parse(text(file)) as JsonRecord[];
    const csv = datasetToCsv(records);
    const back = csvToDataset(csv, fieldNames(spec.schema), records);
    expect(back.errors).toEqual([]);
    expect(formatDataset(back.records)).toBe(text(file));
  });

  it('writes one row per record and joins lists with " | "', () => {
    const records = JSON.parse(text('projects.json')) as JsonRecord[];
    const rows = readCsv(datasetToCsv(records));
    expect(rows).toHaveLength(records.length + 1);
    const header = rows[0]!;
    const first = rows[1]!;
    expect(first[header.indexOf('countries')]).toBe((records[0]!['countries'] as string[]).join(' | '));
    expect(header).toContain('sources.1.quote');
    expect(header).toContain('period.certainty');
  });

  it('reads a sheet saved without the current file (new records) with their lists and numbers', () => {
    const csv = 'id,name,countries,period.start,period.certainty,sources.1.seed,sources.1.quote\r\nx,X,NG | GH,2010,stated,000_d6919e11b1efdab0.txt,"a, quote"\r\n';
    const { records, errors } = csvToDataset(csv, fieldNames(ALL_DATASETS[0].schema), []);
    expect(errors).toEqual([]);
    expect(records).toEqual([{ id: 'x', name: 'X', countries: ['NG', 'GH'], period: { start: 2010, certainty: 'stated' }, sources: [{ seed: '000_d6919e11b1efdab0.txt', quote: 'a, quote' }] }]);
  });
});

describe('a sheet that does not pass is refused by row and column', () => {
  const current = JSON.parse(text('projects.json')) as JsonRecord[];
  const fields = fieldNames(ALL_DATASETS[0].schema);

  it('names an unknown column and a short row', () => {
    const { errors } = csvToDataset('id,titel\r\nx\r\n', fields, current);
    expect(errors.map(formatCsvError)).toEqual([
      expect.stringMatching(/^row 1, column titel: expected a column named after a field \(id, name, .*\), found "titel"$/),
      'row 2, column (whole row): expected 2 cells, found 1',
    ]);
  });

  it.each([
    ['countries', 'NG | ZZ', 'countries', /→ countries\.1: expected an existing two-letter upper-case ISO country code .*, found "ZZ"/],
    ['period.start', '20x9', 'period.start', /→ period\.start: expected a year as a number, e\.g\. 2021, found "20x9"/],
    ['sources.1.quote', 'words the source never says', 'sources.1.quote', /→ sources\.0\.quote: expected words copied exactly from /],
  ])('a bad %s in row 4 is named as row 4, column %s', (column, value, expectedColumn, message) => {
    const sheet = readCsv(datasetToCsv(current));
    const header = sheet[0]!;
    sheet[3]![header.indexOf(column)] = value;
    const csv = sheet.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
    const { records, errors } = csvToDataset(csv, fields, current);
    expect(errors).toEqual([]);
    const json = Object.fromEntries(SPECS.map((s) => [s.file, JSON.parse(text(s.file))]));
    json['projects.json'] = records;
    const problems = checkDatasets(json, seed).problems;
    expect(problems).toHaveLength(1);
    const cell = problemCell(problems[0]!, records, header);
    expect(cell.row).toBe(4);
    expect(cell.column).toBe(expectedColumn);
    expect(cell.message).toMatch(message);
  });
});
