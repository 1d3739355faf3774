import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programmeSpec } from './datasets';
import { parseRecords } from './parse';
import { formatProblem } from './problem';
import { checkMapRegions } from './programme-check';

const fixture = () => JSON.parse(readFileSync('tests/fixtures/valid/programme.json', 'utf8')) as Record<string, unknown>[];
const parse = (records: unknown) => parseRecords('programme.json', programmeSpec.schema, records);

describe('programme.json schema', () => {
  it('accepts the valid fixture and the real file, and fills mapRegions with none', () => {
    const parsed = parse(fixture());
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.map((r) => [r.id, r.kind, r.mapRegions])).toEqual([
      ['policy-and-research', 'pillar', []],
      ['operational-support', 'component', []],
      ['west-africa', 'region', ['west-africa']],
      ['east-africa', 'region', []],
    ]);
    const real = parse(JSON.parse(readFileSync('data/programme.json', 'utf8')));
    expect(real.problems).toEqual([]);
    expect(real.records.filter((r) => r.kind === 'pillar')).toHaveLength(3);
    expect(real.records.filter((r) => r.kind === 'component')).toHaveLength(3);
  });

  it.each([
    { mutate: (r: Record<string, unknown>) => (r['kind'] = 'pilar'), line: 'programme.json → "policy-and-research" (record 1) → kind: expected one of pillar, component, region, found "pilar"' },
    { mutate: (r: Record<string, unknown>) => delete r['name'], line: 'programme.json → "policy-and-research" (record 1) → name: expected this field (it is required), found nothing (the field is missing)' },
    { mutate: (r: Record<string, unknown>) => (r['mapRegions'] = 'west-africa'), line: 'programme.json → "policy-and-research" (record 1) → mapRegions: expected a list of region ids from regions.json, e.g. ["west-africa"], found "west-africa"' },
    { mutate: (r: Record<string, unknown>) => (r['sources'] = []), line: 'programme.json → "policy-and-research" (record 1) → sources: expected at least one source, found []' },
    {
      mutate: (r: Record<string, unknown>) => (r['translations'] = { fr: { nom: 'Politiques' } }),
      line: 'programme.json → "policy-and-research" (record 1) → translations.fr.nom: expected only the translatable fields "name", "description", "note" (this one is not translated, or its name is misspelt), found "Politiques"',
    },
  ])('names file, record and field: $line', ({ mutate, line }) => {
    const records = fixture();
    mutate(records[0]!);
    const parsed = parse(records);
    expect(parsed.records.map((r) => r.id)).toEqual(['operational-support', 'west-africa', 'east-africa']);
    expect(parsed.problems.map(formatProblem)).toEqual([line]);
  });
});

describe('checkMapRegions', () => {
  const regions = new Set(['west-africa', 'eu']);
  it.each([
    { records: [{ id: 'west-africa', kind: 'region', mapRegions: ['west-africa'] }], expected: [] },
    { records: [{ id: 'east-africa', kind: 'region', mapRegions: [] }], expected: [] },
    {
      records: [{ id: 'west-africa', kind: 'region', mapRegions: ['eu', 'west-afrika'] }],
      expected: ['programme.json → "west-africa" → mapRegions.1: expected the id of a record in regions.json (west-africa, eu), found "west-afrika"'],
    },
    {
      records: [{ id: 'policy-and-research', kind: 'pillar', mapRegions: ['eu'] }],
      expected: ['programme.json → "policy-and-research" → mapRegions: expected no map regions on a pillar or component (only a "region" record names any), found ["eu"]'],
    },
  ])('$records.0.id with $records.0.mapRegions', ({ records, expected }) => {
    expect(checkMapRegions('programme.json', records, regions).map(formatProblem)).toEqual(expected);
  });
});
