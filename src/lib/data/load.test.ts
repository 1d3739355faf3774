import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { milestonesSpec } from '../schema/datasets';
import { DatasetError, loadDataset, type Fetch } from './load';

const milestones = readFileSync('tests/fixtures/valid/milestones.json', 'utf8');
const answer =
  (body: string, status = 200): Fetch =>
  async () =>
    new Response(body, { status, statusText: status === 200 ? 'OK' : 'Internal Server Error' });

describe('loadDataset', () => {
  it('fetches the file relative to the page and parses it', async () => {
    const urls: string[] = [];
    const parsed = await loadDataset(milestonesSpec, async (url) => {
      urls.push(url);
      return new Response(milestones);
    });
    expect(urls).toEqual(['data/milestones.json']);
    expect(parsed.records.map((m) => m.id)).toEqual(['established', 'natc-see']);
  });

  it.each([
    { name: 'a server error', fetchFn: answer('oops', 500), message: 'milestones.json could not be downloaded: the server answered 500 Internal Server Error.' },
    { name: 'broken JSON', fetchFn: answer('[{"id": }]'), message: 'milestones.json is not valid JSON: line 1, column 9: expected a value, found "}".' },
    { name: 'not a list', fetchFn: answer('{"id": "x"}'), message: 'milestones.json → (whole file) → (top level): expected a list of records in square brackets [ … ], found object' },
    {
      name: 'a dropped connection',
      fetchFn: (async () => {
        throw new TypeError('Failed to fetch');
      }) as Fetch,
      message: 'milestones.json could not be downloaded: the network request failed. Check the connection and retry.',
    },
  ])('turns $name into a DatasetError that says what happened', async ({ fetchFn, message }) => {
    const error = await loadDataset(milestonesSpec, fetchFn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toBe(message);
  });
});
