// @vitest-environment node
// The editor's save: an unchanged dataset is written back byte for byte; an edit changes only its own lines, comes
// with its change list, and is checked by the validator's checks.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonRecord } from '../lib/editor/record-paths';
import { setPath } from '../lib/editor/record-paths';
import { EditorState } from './editor-state.svelte';

function opened(): EditorState {
  const editor = new EditorState();
  for (const file of readdirSync('data').filter((f) => f.endsWith('.json'))) editor.open(file, readFileSync(`data/${file}`, 'utf8'));
  for (const seed of readdirSync('data/seeds')) editor.addSeed(seed, readFileSync(`data/seeds/${seed}`, 'utf8'));
  return editor;
}

describe('the editor state', () => {
  it('opens the repository data with no problem and nothing to save', () => {
    const editor = opened();
    expect(editor.check.problems).toEqual([]);
    expect(editor.saved()).toEqual([]);
  });

  it('saves an edited year as a one-line change, with its change list', () => {
    const editor = opened();
    const milestone = editor.records('milestones.json').find((m) => m['yearCertainty'] === 'stated' && !m['date'])!;
    const year = milestone['year'] as number;
    milestone['year'] = year - 1;
    const [saved, ...others] = editor.saved();
    expect(others).toEqual([]);
    expect(saved!.file).toBe('milestones.json');
    expect(saved!.changes).toEqual([`changed milestone ${String(milestone['id'])}'s year ${year} → ${year - 1}`]);
    const before = readFileSync('data/milestones.json', 'utf8').split('\n');
    const after = saved!.text.split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, i) => line !== before[i])).toEqual([`    "year": ${year - 1},`]);
  });

  it('writes a field set in a form in the order the file keeps it, and a new record in a blank record\'s order', () => {
    const editor = opened();
    const project = editor.records('projects.json')[0]!;
    const { name } = project;
    delete project['name'];
    project['name'] = name!;
    editor.records('projects.json').push({ sources: [], id: 'x-new', name: 'X' } as JsonRecord);
    const saved = editor.saved()[0]!;
    const records = JSON.parse(saved.text) as JsonRecord[];
    expect(Object.keys(records[0]!).slice(0, 3)).toEqual(['id', 'name', 'title']);
    expect(Object.keys(records.at(-1)!)).toEqual(['id', 'name', 'sources']);
    expect(saved.changes).toEqual(['added project x-new']);
  });

  it('finds the mistakes the validator finds: a duplicate id, an unknown country, a quote not in its source', () => {
    const editor = opened();
    const [first, second] = editor.records('projects.json') as JsonRecord[];
    second!['id'] = first!['id']!;
    setPath(first!, 'countries', ['NG', 'ZZ']);
    setPath(first!, 'sources.0.quote', 'never said');
    const lines = editor.check.problems.map((p) => `${p.record} → ${p.field}: expected ${p.expected}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"ocwar-t" \(record 2\) → id: expected an id not used before \(record 1 has it\)$/),
        expect.stringMatching(/^"ocwar-t" \(record 1\) → countries\.1: expected an existing two-letter upper-case ISO country code/),
        expect.stringMatching(/^"ocwar-t" → sources\.0\.quote: expected words copied exactly from /),
      ]),
    );
  });
});
