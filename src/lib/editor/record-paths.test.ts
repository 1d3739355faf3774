// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrangeLike, formatDataset, getPath, setPath, type JsonRecord } from './record-paths';

describe('record paths', () => {
  it('reads and writes nested fields, and a cleared field leaves no empty object behind', () => {
    const r: JsonRecord = { id: 'x', period: { certainty: 'stated' } };
    setPath(r, 'period.start', 2010);
    expect(getPath(r, 'period.start')).toBe(2010);
    setPath(r, 'translations.fr.name', 'X');
    expect(r['translations']).toEqual({ fr: { name: 'X' } });
    setPath(r, 'translations.fr.name', '');
    expect(r).toEqual({ id: 'x', period: { certainty: 'stated', start: 2010 } });
  });

  it('writes into an item of a list', () => {
    const r: JsonRecord = { sources: [{ seed: 's', quote: 'q' }] };
    setPath(r, 'sources.0.quote', 'r');
    expect(r).toEqual({ sources: [{ seed: 's', quote: 'r' }] });
  });

  it('puts keys back in the order of the record they came from', () => {
    const template = { id: 'x', name: 'n', period: { start: 1, certainty: 'stated' } };
    const value = { period: { certainty: 'inferred', start: 2 }, name: 'm', id: 'x', extra: true };
    expect(JSON.stringify(arrangeLike(value, template))).toBe('{"id":"x","name":"m","period":{"start":2,"certainty":"inferred"},"extra":true}');
  });

  it.each(readdirSync('data').filter((f) => f.endsWith('.json')))('%s, unchanged, is written back byte for byte', (file) => {
    const text = readFileSync(`data/${file}`, 'utf8');
    expect(formatDataset(JSON.parse(text))).toBe(text);
  });
});
