// Attack suite (issue 22): what the service worker may keep as the offline copy of a dataset. The worker runs this very
// module (bundled into sw.js by vite-plugin-offline.ts); the e2e side is tests/e2e/attack.spec.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../src/lib/offline/dataset-check';

const good = (file: string) => readFileSync(`data/${file}`, 'utf8');
const records = (file: string) => JSON.parse(good(file)) as Record<string, unknown>[];

describe('the offline copy keeps only a dataset the app can use', () => {
  it.each(['projects.json', 'milestones.json', 'regions.json', 'statistics.json'])('keeps the real %s', (file) => {
    expect(checkDataset(file, good(file))).toEqual({ ok: true });
  });

  it.each([
    { name: 'cut-off JSON', text: '[{"id": "broken"', reason: 'projects.json is not valid JSON' },
    { name: 'an HTML error page', text: '<!doctype html><h1>502 Bad Gateway</h1>', reason: 'projects.json is not valid JSON' },
    { name: 'an empty body', text: '', reason: 'projects.json is not valid JSON' },
    { name: 'an object, not a list', text: '{"projects": []}', reason: 'projects.json → (whole file) → (top level): expected a list of records in square brackets [ … ], found object' },
    { name: 'a record without its fields', text: '[{"id": "broken"}]', reason: 'projects.json → "broken" (record 1) → name: expected this field (it is required), found nothing (the field is missing)' },
  ])('refuses $name', ({ text, reason }) => {
    expect(checkDataset('projects.json', text)).toEqual({ ok: false, reason });
  });

  it('refuses a file with one record the schema refuses (a control character in a region name)', () => {
    const regions = records('regions.json');
    regions[2]!['name'] = 'West\bAfrica';
    expect(checkDataset('regions.json', JSON.stringify(regions))).toEqual({ ok: false, reason: expect.stringContaining('name: expected text without control characters, found U+0008') });
  });

  it('keeps a file where only a list item is dropped: the app shows the record without it', () => {
    const projects = records('projects.json');
    projects[0]!['countries'] = [...(projects[0]!['countries'] as string[]), 'ZZ'];
    expect(checkDataset('projects.json', JSON.stringify(projects))).toEqual({ ok: true });
  });

  it('does not judge a file the app does not load', () => {
    expect(checkDataset('notes.json', 'not json')).toEqual({ ok: true });
  });
});
