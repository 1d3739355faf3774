// Attack suite (issue 22): hostile or careless dataset text, list items and dates, through the app's one parse function.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { milestonesSpec, projectsSpec, regionsSpec, statisticsSpec } from '../../../src/lib/schema/datasets';
import { parseRecords } from '../../../src/lib/schema/parse';
import { formatProblem } from '../../../src/lib/schema/problem';
import { findUnsafeCharacter } from '../../../src/lib/schema/text';

const fixture = (file: string) => JSON.parse(readFileSync(`tests/fixtures/valid/${file}`, 'utf8')) as Record<string, unknown>[];

describe('text fields refuse characters no editor means, naming file, record, field and the character', () => {
  it.each([
    { name: 'West\bAfrica', found: 'U+0008 at position 5' },
    { name: '\u0000', found: 'U+0000 at position 1' },
    { name: 'West\nAfrica', found: 'U+000A (a line break) at position 5' },
    { name: 'a\tb', found: 'U+0009 (a tab) at position 2' },
    { name: 'x\u007F', found: 'U+007F at position 2' },
    { name: 'x\u0085', found: 'U+0085 at position 2' },
    { name: 'x\uFFFF', found: 'U+FFFF at position 2' },
    { name: 'x\uD800y', found: 'U+D800 at position 2' },
    { name: '𝒳\uDC00', found: 'U+DC00 at position 2' },
    { name: '  \b', found: 'U+0008 at position 3' },
  ])('a region name $name.length characters long with $found', ({ name, found }) => {
    const records = fixture('regions.json');
    records[0]!['name'] = name;
    const parsed = parseRecords('regions.json', regionsSpec.schema, records);
    expect(parsed.records.map((r) => r.id)).not.toContain('west-africa');
    expect(parsed.problems.map(formatProblem)).toEqual([`regions.json → "west-africa" (record 1) → name: expected text without control characters, found ${found}`]);
  });

  it.each(['Côte d’Ivoire', 'Bosnia and Herzegovina – Sarajevo', '𝒳 astral', 'עברית', 'a\u00A0b'])('accepts the ordinary text %s', (name) => {
    expect(findUnsafeCharacter(name)).toBeUndefined();
    const records = fixture('regions.json');
    records[0]!['name'] = name;
    expect(parseRecords('regions.json', regionsSpec.schema, records).problems).toEqual([]);
  });

  it.each([
    { spec: statisticsSpec, file: 'statistics.json', field: 'label', length: 301, max: 300 },
    { spec: milestonesSpec, file: 'milestones.json', field: 'title', length: 10_000, max: 300 },
    { spec: milestonesSpec, file: 'milestones.json', field: 'detail', length: 2001, max: 2000 },
    { spec: projectsSpec, file: 'projects.json', field: 'summary', length: 1_000_000, max: 2000 },
  ])('refuses a $field of $length characters (at most $max)', ({ spec, file, field, length, max }) => {
    const records = fixture(file);
    records[0]![field] = 'x'.repeat(length);
    const parsed = parseRecords(file, spec.schema as unknown as typeof regionsSpec.schema, records);
    expect(parsed.problems.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^${file} → "[a-z-]+" \\(record 1\\) → ${field}: expected a text of at most ${max} characters, found a text of ${length} characters$`)),
    ]);
  });

  it('accepts a name at the limit (a long donor name round-trips)', () => {
    const records = fixture('projects.json');
    records[0]!['donors'] = ['D'.repeat(300)];
    expect(parseRecords('projects.json', projectsSpec.schema, records).problems).toEqual([]);
  });
});

describe('a bad item of a list costs the item, not the record', () => {
  it('drops an unknown country code from OCWAR-T and keeps its other countries', () => {
    const records = fixture('projects.json');
    const countries = records[0]!['countries'] as string[];
    records[0]!['countries'] = [...countries.slice(0, 1), 'ZZ', ...countries.slice(1)];
    const parsed = parseRecords('projects.json', projectsSpec.schema, records);
    expect(parsed.records.find((p) => p.id === 'ocwar-t')?.countries).toEqual(countries);
    expect(parsed.problems.map(formatProblem)).toEqual([
      'projects.json → "ocwar-t" (record 1) → countries.1: expected an existing two-letter upper-case ISO country code such as "NG" (Kosovo: "XK"), found "ZZ"',
    ]);
    expect(parsed.problems[0]?.itemDropped).toBe(true);
  });

  it.each([
    { field: 'donors', value: ['Bad\u0008Donor', 'EU'], kept: ['EU'] },
    { field: 'partners', value: ['x'.repeat(301), 'UNODC'], kept: ['UNODC'] },
    { field: 'documented', value: [{ date: '2018-02-31', source: '002_f090415880a9cc79.txt' }, { date: '2018-03-01', source: '002_f090415880a9cc79.txt' }], kept: [{ date: '2018-03-01', source: '002_f090415880a9cc79.txt' }] },
    { field: 'links', value: [{ label: 'x', url: 'javascript:alert(1)' }, { label: 'ok', url: 'https://www.icmpd.org/' }], kept: [{ label: 'ok', url: 'https://www.icmpd.org/' }] },
  ])('drops the bad item of $field', ({ field, value, kept }) => {
    const records = fixture('projects.json');
    records[0]![field] = value;
    const parsed = parseRecords('projects.json', projectsSpec.schema, records);
    expect(parsed.records[0]?.[field as 'donors']).toEqual(kept);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ record: '"ocwar-t" (record 1)', itemDropped: true });
    expect(parsed.problems[0]?.field).toMatch(new RegExp(`^${field}\\.0`));
  });

  it('drops a region member that is not a country, keeping the region', () => {
    const records = fixture('regions.json');
    records[0]!['countries'] = ['NG', 'Nigeria'];
    const parsed = parseRecords('regions.json', regionsSpec.schema, records);
    expect(parsed.records[0]).toMatchObject({ id: 'west-africa', countries: ['NG'] });
    expect(parsed.problems[0]).toMatchObject({ field: 'countries.1', found: '"Nigeria"', itemDropped: true });
  });

  it('still refuses the record when the list may not be empty and its only item was bad', () => {
    const records = fixture('regions.json');
    records[0]!['countries'] = ['ZZ'];
    const parsed = parseRecords('regions.json', regionsSpec.schema, records);
    expect(parsed.records.map((r) => r.id)).not.toContain('west-africa');
    expect(parsed.problems).toEqual([expect.objectContaining({ field: 'countries.0', found: '"ZZ"' })]);
    expect(parsed.problems[0]?.itemDropped).toBeUndefined();
  });

  it('still refuses the record when a bad item comes with a bad field', () => {
    const records = fixture('projects.json');
    records[0]!['countries'] = ['NG', 'ZZ'];
    records[0]!['kind'] = 'projekt';
    const parsed = parseRecords('projects.json', projectsSpec.schema, records);
    expect(parsed.records.map((p) => p.id)).not.toContain('ocwar-t');
    expect(parsed.problems.map((p) => p.field).sort()).toEqual(['countries.1', 'kind']);
  });
});

describe('dates the calendar has', () => {
  it.each([
    { date: '2002-02-31', found: '"2002-02-31" (February 2002 has 28 days)' },
    { date: '2002-04-31', found: '"2002-04-31" (April 2002 has 30 days)' },
  ])('refuses the milestone date $date, naming the field', ({ date, found }) => {
    const records = fixture('milestones.json');
    records[0]!['date'] = date;
    expect(parseRecords('milestones.json', milestonesSpec.schema, records).problems.map(formatProblem)).toEqual([
      `milestones.json → "established" (record 1) → date: expected a date that exists in the calendar, found ${found}`,
    ]);
  });

  it.each(['2002', '2002-02', '2002-12-31'])('accepts %s', (date) => {
    const records = fixture('milestones.json');
    records[0]!['date'] = date;
    expect(parseRecords('milestones.json', milestonesSpec.schema, records).problems).toEqual([]);
  });

  it('knows leap years: 2004-02-29 exists, 2004-02-30 and 2100-02-29 do not', () => {
    const records = fixture('projects.json');
    const source = (records[0]!['sources'] as { seed: string }[])[0]!.seed;
    records[0]!['documented'] = ['2004-02-29', '2004-02-30', '2100-02-29'].map((date) => ({ date, source }));
    const parsed = parseRecords('projects.json', projectsSpec.schema, records);
    expect(parsed.records[0]?.documented.map((d) => d.date)).toEqual(['2004-02-29']);
    expect(parsed.problems.map((p) => `${p.field}: ${p.found}`)).toEqual(['documented.1.date: "2004-02-30" (February 2004 has 29 days)', 'documented.2.date: "2100-02-29" (February 2100 has 28 days)']);
  });
});
