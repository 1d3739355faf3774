import { describe, expect, it } from 'vitest';
import { checkDocumentedSources, checkSourceNames } from './source-names-check';

describe('checkSourceNames', () => {
  const listed = new Set(['003_5313141ccfe75a71.txt']);
  it.each([
    { seed: '003_5313141ccfe75a71.txt', problems: 0 },
    { seed: '004_c37fb912b7dc894d.txt', problems: 1 },
  ])('$seed gives $problems problem(s)', ({ seed, problems }) => {
    expect(checkSourceNames('projects.json', [{ id: 'x', sources: [{ seed }] }], listed)).toHaveLength(problems);
  });

  it('names file, record and field', () => {
    const [p] = checkSourceNames('milestones.json', [{ id: 'm', sources: [{ seed: '003_5313141ccfe75a71.txt' }, { seed: '009_0000000000000000.txt' }] }], listed);
    expect(p).toMatchObject({ file: 'milestones.json', record: '"m"', field: 'sources.1.seed' });
    expect(p?.expected).toContain('sources.json');
  });
});

describe('checkDocumentedSources', () => {
  const sources = [{ seed: '002_f090415880a9cc79.txt' }];
  it.each([
    { source: '002_f090415880a9cc79.txt', problems: 0 },
    { source: '000_d6919e11b1efdab0.txt', problems: 1 },
  ])('a date resting on $source gives $problems problem(s)', ({ source, problems }) => {
    expect(checkDocumentedSources('projects.json', [{ id: 'p', sources, documented: [{ date: '2022-02', source }] }])).toHaveLength(problems);
  });
});
