import { describe, expect, it } from 'vitest';
import { checkDataset } from './dataset-check';

describe('checkDataset and the French texts (data/<name>.fr.json)', () => {
  it('keeps a list of French texts, never judged by the records’ schema', () => {
    expect(checkDataset('projects.fr.json', '[{"id":"a","translations":{"fr":{"name":"A"}}}]')).toEqual({ ok: true });
  });

  it('refuses a French file that is not JSON or not a list, so the last good copy is kept', () => {
    expect(checkDataset('regions.fr.json', '[{"id"')).toMatchObject({ ok: false });
    expect(checkDataset('regions.fr.json', '{}')).toMatchObject({ ok: false });
  });

  it('still judges the dataset itself by its schema', () => {
    expect(checkDataset('regions.json', '[{"id":"a"}]')).toMatchObject({ ok: false });
  });
});
