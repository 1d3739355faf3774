import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { milestonesSpec, projectsSpec, regionsSpec, statisticsSpec } from './datasets';
import { parseRecords } from './parse';
import { describeJsonSyntaxError } from './json-error';
import { formatProblem } from './problem';

const fixture = (file: string) => JSON.parse(readFileSync(`tests/fixtures/valid/${file}`, 'utf8')) as Record<string, unknown>[];

describe('parseRecords', () => {
  it('accepts every valid fixture file and fills defaults', () => {
    const projects = parseRecords('projects.json', projectsSpec.schema, fixture('projects.json'));
    expect(projects.problems).toEqual([]);
    expect(projects.records.map((p) => p.id)).toEqual(['ocwar-t', 'protect', 'kosovo-study']);
    expect(projects.records[1]?.donors).toEqual([]);
    expect(parseRecords('milestones.json', milestonesSpec.schema, fixture('milestones.json')).problems).toEqual([]);
    expect(parseRecords('regions.json', regionsSpec.schema, fixture('regions.json')).problems).toEqual([]);
    expect(parseRecords('statistics.json', statisticsSpec.schema, fixture('statistics.json')).problems).toEqual([]);
  });

  it('keeps the good records and names the bad one', () => {
    const records = fixture('projects.json');
    records[1]!['kind'] = 'projekt';
    const parsed = parseRecords('projects.json', projectsSpec.schema, records);
    expect(parsed.records.map((p) => p.id)).toEqual(['ocwar-t', 'kosovo-study']);
    expect(parsed.problems.map(formatProblem)).toEqual([
      'projects.json → "protect" (record 2) → kind: expected one of project, study, network, training, event, publication, found "projekt"',
    ]);
  });

  it('leaves out a bad item of a list, not its record, and names the item', () => {
    const records = fixture('projects.json');
    records[1]!['countries'] = ['AF', 'ZZ'];
    const parsed = parseRecords('projects.json', projectsSpec.schema, records);
    expect(parsed.records.map((p) => p.id)).toEqual(['ocwar-t', 'protect', 'kosovo-study']);
    expect(parsed.records[1]?.countries).toEqual(['AF']);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ record: '"protect" (record 2)', field: 'countries.1', found: '"ZZ"', itemDropped: true }),
    ]);
  });

  it.each([
    { mutate: (r: Record<string, unknown>) => delete r['title'], field: 'title', found: 'nothing (the field is missing)' },
    { mutate: (r: Record<string, unknown>) => (r['themes'] = []), field: 'themes', found: '[]' },
    { mutate: (r: Record<string, unknown>) => (r['themes'] = ['sports']), field: 'themes.0', found: '"sports"' },
    { mutate: (r: Record<string, unknown>) => (r['period'] = { start: 2030, certainty: 'stated' }), field: 'period.start', found: '2030' },
    { mutate: (r: Record<string, unknown>) => (r['period'] = { start: 2005.5, certainty: 'stated' }), field: 'period.start', found: '2005.5' },
    { mutate: (r: Record<string, unknown>) => (r['period'] = { certainty: 'maybe' }), field: 'period.certainty', found: '"maybe"' },
    { mutate: (r: Record<string, unknown>) => (r['id'] = 'Has Spaces'), field: 'id', found: '"Has Spaces"' },
    { mutate: (r: Record<string, unknown>) => (r['sources'] = []), field: 'sources', found: '[]' },
    { mutate: (r: Record<string, unknown>) => (r['documented'] = '2021'), field: 'documented', found: '"2021"' },
    { mutate: (r: Record<string, unknown>) => (r['title'] = 7), field: 'title', found: '7' },
    { mutate: (r: Record<string, unknown>) => (r['countries'] = 'NG'), field: 'countries', found: '"NG"' },
  ])('reports $field when a project has found $found', ({ mutate, field, found }) => {
    const records = fixture('projects.json');
    mutate(records[0]!);
    const { problems, records: good } = parseRecords('projects.json', projectsSpec.schema, records);
    expect(good).toHaveLength(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'projects.json', field, found });
  });

  it('labels a record without an id by its position', () => {
    const parsed = parseRecords('regions.json', regionsSpec.schema, [{ name: 'x' }]);
    expect(parsed.problems[0]?.record).toBe('record 1');
  });

  it.each([{ json: {} }, { json: null }, { json: 'text' }])('treats $json as an unusable file', ({ json }) => {
    const parsed = parseRecords('regions.json', regionsSpec.schema, json);
    expect(parsed.fatal?.expected).toBe('a list of records in square brackets [ … ]');
    expect(parsed.records).toEqual([]);
  });

  it('requires a date inside the milestone year', () => {
    const records = fixture('milestones.json');
    records[0]!['date'] = '2003-05';
    expect(parseRecords('milestones.json', milestonesSpec.schema, records).problems.map(formatProblem)).toEqual([
      'milestones.json → "established" (record 1) → date: expected a date within the milestone\'s year, found "2003-05"',
    ]);
  });
});

describe('describeJsonSyntaxError', () => {
  it.each([
    { text: '[\n  {"a": }\n]', expected: 'line 2, column 9: expected a value, found "}"' },
    { text: '[\n  {"a": 1,}\n]', expected: 'line 2, column 11: expected a field name in double quotes, found "}"' },
    { text: '[{"a": 1} {"b": 2}]', expected: 'line 1, column 11: expected a comma (,), found "{"' },
    { text: '[{"a": "x}]', expected: 'line 1, column 8: expected a closing double quote ("), found "\\"x}]"' },
    { text: '[{"a": 1}', expected: 'line 1, column 10: expected a closing bracket (]), found the end of the file' },
  ])('$text -> $expected', async ({ text, expected }) => {
    expect(await describeJsonSyntaxError(text)).toBe(expected);
  });
});
