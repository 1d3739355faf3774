import { readFileSync } from 'node:fs';
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { milestonesSpec, projectsSpec, regionsSpec, statisticsSpec } from './datasets';
import { parseRecords } from './parse';
import { formatProblem } from './problem';

const fixture = (file: string) => JSON.parse(readFileSync(`tests/fixtures/valid/${file}`, 'utf8')) as Record<string, unknown>[];

describe('translations in the datasets', () => {
  it.each([
    { spec: projectsSpec, translations: { fr: { name: 'OCWAR-T', title: 'Titre', summary: 'Résumé.' } } },
    { spec: milestonesSpec, translations: { fr: { title: 'Titre', detail: 'Détail.' } } },
    { spec: regionsSpec, translations: { fr: { name: 'Afrique de l’Ouest (CEDEAO)' } } },
    { spec: statisticsSpec, translations: { fr: { label: 'Pays' } } },
    { spec: regionsSpec, translations: {} },
    { spec: regionsSpec, translations: { fr: {} } },
  ])('$spec.file accepts $translations', ({ spec, translations }) => {
    const records = fixture(spec.file);
    records[0]!['translations'] = translations;
    // The rows mix the four datasets; only the id matters to parseRecords here.
    const parsed = parseRecords(spec.file, spec.schema as v.GenericSchema<unknown, { id: string }>, records);
    expect(parsed.problems).toEqual([]);
    expect(parsed.records[0]).toMatchObject({ translations });
  });

  it('keeps records without translations as they are', () => {
    const parsed = parseRecords('regions.json', regionsSpec.schema, fixture('regions.json'));
    expect(parsed.records[0]?.translations).toBeUndefined();
  });

  it.each([
    {
      translations: { de: { name: 'Westafrika' } },
      expected: 'regions.json → "west-africa" (record 1) → translations.de: expected only the interface languages "fr" (add a language to the app before translating into it), found {"name":"Westafrika"}',
    },
    {
      translations: { fr: { nom: 'Afrique de l’Ouest' } },
      expected: 'regions.json → "west-africa" (record 1) → translations.fr.nom: expected only the translatable fields "name" (this one is not translated, or its name is misspelt), found "Afrique de l’Ouest"',
    },
    {
      translations: { fr: { note: 'Une note' } },
      expected: 'regions.json → "west-africa" (record 1) → translations.fr.note: expected only the translatable fields "name" (this one is not translated, or its name is misspelt), found "Une note"',
    },
    {
      translations: { fr: { name: '  ' } },
      expected: 'regions.json → "west-africa" (record 1) → translations.fr.name: expected a non-empty text, found "  "',
    },
    {
      translations: { fr: { name: 7 } },
      expected: 'regions.json → "west-africa" (record 1) → translations.fr.name: expected a text in quotes, found 7',
    },
    {
      translations: { fr: 'Afrique de l’Ouest' },
      expected: 'regions.json → "west-africa" (record 1) → translations.fr: expected an object of translated fields, e.g. { "name": "…" }, found "Afrique de l’Ouest"',
    },
    {
      translations: 'fr',
      expected: 'regions.json → "west-africa" (record 1) → translations: expected an object of translations by language, e.g. { "fr": { "name": "…" } }, found "fr"',
    },
    {
      // Valibot reads a list as an object keyed 0, 1, …: the message still points at the first wrong entry.
      translations: ['fr'],
      expected: 'regions.json → "west-africa" (record 1) → translations.0: expected only the interface languages "fr" (add a language to the app before translating into it), found "fr"',
    },
  ])('rejects $translations, naming file, record and field', ({ translations, expected }) => {
    const records = fixture('regions.json');
    records[0]!['translations'] = translations;
    const parsed = parseRecords('regions.json', regionsSpec.schema, records);
    expect(parsed.problems.map(formatProblem)).toEqual([expected]);
    expect(parsed.records.map((r) => r.id)).not.toContain('west-africa');
  });

  it('names the translatable fields of each dataset', () => {
    const records = fixture('milestones.json');
    records[0]!['translations'] = { fr: { summary: 'x' } };
    const [problem] = parseRecords('milestones.json', milestonesSpec.schema, records).problems;
    expect(problem?.expected).toContain('"title", "detail"');
  });
});
