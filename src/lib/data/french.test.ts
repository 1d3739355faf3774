import { describe, expect, it } from 'vitest';
import { regionsSpec, type Region } from '../schema/datasets';
import { frenchFile, overlayTranslations, readFrench } from './french';

const region = (id: string, extra: Partial<Region> = {}) => ({ id, name: `Region ${id}`, ...extra }) as Region;

describe('overlayTranslations', () => {
  const texts = readFrench([
    { id: 'a', translations: { fr: { name: 'Région A' } } },
    { id: 'b', translations: { fr: { name: 'Région B' } } },
    { id: 'bad', translations: { fr: { nom: 'pas un champ' } } },
  ]);

  it('gives a record with no translations the French file’s, by id', () => {
    const [a, c] = overlayTranslations([region('a'), region('c')], texts, regionsSpec.schema);
    expect(a?.translations).toEqual({ fr: { name: 'Région A' } });
    expect(c?.translations).toBeUndefined();
  });

  it('keeps the translations a record carries inline (a full copy of the file on the server)', () => {
    const inline = region('b', { translations: { fr: { name: 'Inline B' } } });
    expect(overlayTranslations([inline], texts, regionsSpec.schema)[0]?.translations).toEqual({ fr: { name: 'Inline B' } });
  });

  it('skips French texts that fail the record’s schema: the record shows its English', () => {
    expect(overlayTranslations([region('bad')], texts, regionsSpec.schema)[0]?.translations).toBeUndefined();
  });

  it('returns the records as they are without French texts', () => {
    const records = [region('a')];
    expect(overlayTranslations(records, undefined, regionsSpec.schema)).toBe(records);
    expect(overlayTranslations(records, readFrench(null), regionsSpec.schema)).toBe(records);
  });
});

describe('readFrench', () => {
  it('reads the entries with an id and translations, skipping the rest', () => {
    expect([...readFrench([{ id: 'a', translations: { fr: {} } }, { id: 1 }, null, 'x', { id: 'b' }]).keys()]).toEqual(['a']);
  });

  it('reads a file that is not a list as none', () => {
    expect(readFrench({ id: 'a' }).size).toBe(0);
  });
});

describe('frenchFile', () => {
  it('names the French file after the dataset', () => {
    expect(frenchFile('projects.json')).toBe('projects.fr.json');
  });
});
