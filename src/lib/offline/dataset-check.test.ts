import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frenchFile, publicDataset, splitDataset } from '../../../scripts/public-dataset';
import { ALL_DATASETS } from '../schema/datasets';
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

describe('every dataset as the build serves it', () => {
  // The served copy (scripts/public-dataset.ts: no editors' fields, the map's French apart) is what the worker judges.
  it.each(ALL_DATASETS.map((spec) => spec.file))('keeps the served %s and its French texts', (file) => {
    const text = readFileSync(`data/${file}`, 'utf8');
    const split = splitDataset(text);
    expect(checkDataset(file, publicDataset(text))).toEqual({ ok: true });
    expect(checkDataset(file, split.records)).toEqual({ ok: true });
    expect(checkDataset(frenchFile(file), split.french ?? '')).toEqual({ ok: true });
  });
});
